package gongkai.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The three real 2023 disclosures shipped as demo data (src/main/resources/samples). */
public final class Samples {

    /** 内蒙古自治区法治宣传中心, amounts in 万元. */
    public static final String NMG_PUBLICITY_CENTRE = "000_326f025586c0027f.txt";

    /** 内蒙古自治区司法厅（本级）, amounts in 万元, five project self-evaluations. */
    public static final String NMG_JUSTICE_DEPARTMENT = "001_d044bc1c4c23d84f.txt";

    /** 醴陵市司法局, tables in 元. */
    public static final String LILING_JUSTICE_BUREAU = "004_eb0cd755c809d774.txt";

    private Samples() {}

    public static byte[] bytes(String name) {
        try (InputStream in =
                Samples.class.getClassLoader().getResourceAsStream("samples/" + name)) {
            if (in == null) {
                throw new IllegalStateException(
                        "sample missing from the classpath: samples/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
