package gongkai.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases mined from the real sample disclosures (src/main/resources/samples): duty statements,
 * work-report sentences, reasons for changes and glossary entries. The generator assembles its
 * narrative from these so that the benchmark corpus has the vocabulary and sentence shapes of real
 * reports (and therefore realistic postings lists), not lorem ipsum. Place and unit names of the
 * samples are replaced by placeholders that the generator fills per unit.
 */
final class Vocabulary {

    static final String UNIT = "{unit}";
    static final String PLACE = "{place}";
    static final String CITY = "{city}";
    static final String PROVINCE = "{province}";

    private static final List<String> SAMPLES =
            List.of(
                    "samples/000_326f025586c0027f.txt",
                    "samples/001_d044bc1c4c23d84f.txt",
                    "samples/004_eb0cd755c809d774.txt");
    private static final Pattern NUMBERED = Pattern.compile("^[-\\s]*[（(][一二三四五六七八九十]+[)）]\\s*");
    private static final Pattern GLOSSARY =
            Pattern.compile("^[-\\s]*[一二三四五六七八九十]+、\\s*([^：:]{2,24})[：:](.{8,})$");
    private static final Pattern REASON =
            Pattern.compile("(?:主要原因是|原因是|主要是因为|差异原因)[：:]?([^。；]{6,80})");

    /** Words that only fit units in Inner Mongolia (法治乌兰牧骑 is a real programme there). */
    private static final Pattern MONGOLIAN = Pattern.compile("乌兰牧骑|草原|牧区|牧民|嘎查|蒙");

    final List<String> duties;
    final List<String> work;
    final List<String> workMongolian;
    final List<String> reasons;
    final List<String> glossary;

    private Vocabulary(
            List<String> duties,
            List<String> work,
            List<String> workMongolian,
            List<String> reasons,
            List<String> glossary) {
        this.duties = duties;
        this.work = work;
        this.workMongolian = workMongolian;
        this.reasons = reasons;
        this.glossary = glossary;
    }

    private static volatile Vocabulary standard;

    static Vocabulary standard() {
        Vocabulary v = standard;
        if (v == null) {
            v = mine();
            standard = v;
        }
        return v;
    }

    private static Vocabulary mine() {
        Set<String> duties = new LinkedHashSet<>();
        Set<String> work = new LinkedHashSet<>();
        Set<String> workMongolian = new LinkedHashSet<>();
        Set<String> reasons = new LinkedHashSet<>();
        Set<String> glossary = new LinkedHashSet<>();
        for (String sample : SAMPLES) {
            for (String raw : read(sample).split("\\R")) {
                String line = raw.strip();
                if (line.isEmpty() || line.contains("\t")) {
                    continue;
                }
                Matcher g = GLOSSARY.matcher(line);
                if (g.matches() && line.length() < 400 && !line.contains("万元")) {
                    glossary.add(placeholders(g.group(1).strip() + "：" + g.group(2).strip()));
                    continue;
                }
                Matcher r = REASON.matcher(line);
                while (r.find()) {
                    String reason = r.group(1).strip();
                    if (!reason.matches(".*\\d.*")) {
                        reasons.add(placeholders(reason));
                    }
                }
                if (NUMBERED.matcher(line).find()
                        && (line.contains("负责") || line.contains("承担") || line.contains("指导"))
                        && line.length() < 200
                        && !line.contains("万元")) {
                    duties.add(placeholders(NUMBERED.matcher(line).replaceFirst("")));
                    continue;
                }
                if (line.length() > 80 && !line.contains("万元") && !line.contains("决算")) {
                    for (String sentence : line.split("(?<=。)")) {
                        String s = NUMBERED.matcher(sentence.strip()).replaceFirst("");
                        if (s.length() >= 20 && s.length() <= 220 && s.endsWith("。")) {
                            (MONGOLIAN.matcher(s).find() ? workMongolian : work)
                                    .add(placeholders(s));
                        }
                    }
                }
            }
        }
        if (duties.size() < 5 || work.size() < 20 || reasons.size() < 3 || glossary.size() < 5) {
            throw new IllegalStateException(
                    "sample vocabulary too small: duties "
                            + duties.size()
                            + ", work "
                            + work.size()
                            + ", reasons "
                            + reasons.size()
                            + ", glossary "
                            + glossary.size());
        }
        return new Vocabulary(
                List.copyOf(duties),
                List.copyOf(work),
                List.copyOf(workMongolian),
                List.copyOf(reasons),
                List.copyOf(glossary));
    }

    /** The samples' own names become placeholders (longest first, so 醴陵市司法局 is not split). */
    static String placeholders(String s) {
        return s.replace("醴陵市司法局", UNIT)
                .replace("内蒙古自治区司法厅（本级）", UNIT)
                .replace("内蒙古自治区司法厅", UNIT)
                .replace("内蒙古自治区法治宣传中心", UNIT)
                .replace("醴陵市", PLACE)
                .replace("醴陵", PLACE)
                .replace("株洲市", CITY)
                .replace("株洲", CITY)
                .replace("内蒙古自治区", PROVINCE)
                .replace("自治区", PROVINCE);
    }

    static String fill(String template, String unit, String place, String city, String province) {
        return template.replace(UNIT, unit)
                .replace(PLACE, place)
                .replace(CITY, city)
                .replace(PROVINCE, province);
    }

    private static String read(String resource) {
        try (InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing sample " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> List<T> copy(List<T> list) {
        return new ArrayList<>(list);
    }
}
