package gongkai.classification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The official classification codes (政府收支分类科目): functional codes (类 3 digits, 款 5, 项 7) and
 * economic codes (类 3, 款 5). The CSV files under {@code codes/} are the single source: the Flyway
 * migration that fills table {@code classification_code} is generated from them, and a test keeps
 * the two equal. Loaded in memory because the parser needs it without a database.
 */
public final class CodeList {

    public enum CodeSystem {
        FUNCTIONAL,
        ECONOMIC
    }

    /** One code with its official name. */
    public record Code(CodeSystem system, String code, String name) {
        /** 1 for 类, 2 for 款, 3 for 项. */
        public int level() {
            return switch (code.length()) {
                case 3 -> 1;
                case 5 -> 2;
                default -> 3;
            };
        }

        /** The code of the level above, or null for a 类. */
        public String parentCode() {
            return code.length() == 3 ? null : code.substring(0, code.length() - 2);
        }
    }

    private static volatile CodeList standard;

    private final Map<String, Code> functional;
    private final Map<String, Code> economic;

    /** Functional codes by normalised name: names recur (行政运行 under many 款), hence lists. */
    private final Map<String, List<Code>> functionalByName;

    CodeList(List<Code> codes) {
        Map<String, Code> f = new LinkedHashMap<>();
        Map<String, Code> e = new LinkedHashMap<>();
        for (Code c : codes) {
            (c.system() == CodeSystem.FUNCTIONAL ? f : e).put(c.code(), c);
        }
        this.functional = Collections.unmodifiableMap(f);
        this.economic = Collections.unmodifiableMap(e);
        Map<String, List<Code>> byName = new java.util.HashMap<>();
        for (Code c : f.values()) {
            byName.computeIfAbsent(normalise(c.name()), k -> new ArrayList<>()).add(c);
        }
        this.functionalByName = byName;
    }

    /** The code list shipped with the application (loaded once). */
    public static CodeList standard() {
        CodeList list = standard;
        if (list == null) {
            List<Code> codes = new ArrayList<>();
            codes.addAll(read(CodeSystem.FUNCTIONAL, "codes/functional.csv"));
            codes.addAll(read(CodeSystem.ECONOMIC, "codes/economic.csv"));
            list = new CodeList(codes);
            standard = list;
        }
        return list;
    }

    public Optional<Code> functional(String code) {
        return Optional.ofNullable(functional.get(code));
    }

    public Optional<Code> economic(String code) {
        return Optional.ofNullable(economic.get(code));
    }

    public List<Code> all() {
        List<Code> all = new ArrayList<>(functional.values());
        all.addAll(economic.values());
        return all;
    }

    /**
     * Finds a functional code from the names a narrative gives, e.g. 公共安全支出（类）司法（款）社区矫正（项） →
     * 2040610. Any of the names may be null; the deepest given name decides, and names above it
     * narrow down (项 names such as 行政运行 recur under many 款).
     */
    public Optional<Code> findFunctional(String className, String sectionName, String itemName) {
        String wanted = itemName != null ? itemName : sectionName != null ? sectionName : className;
        int wantedLength = itemName != null ? 7 : sectionName != null ? 5 : 3;
        if (wanted == null) {
            return Optional.empty();
        }
        List<Code> candidates =
                functionalByName.getOrDefault(normalise(wanted), List.of()).stream()
                        .filter(c -> c.code().length() == wantedLength)
                        .filter(
                                c ->
                                        sectionName == null
                                                || wantedLength <= 5
                                                || nameOf(c.code().substring(0, 5))
                                                        .map(n -> sameName(n, sectionName))
                                                        .orElse(false))
                        .filter(
                                c ->
                                        className == null
                                                || wantedLength <= 3
                                                || nameOf(c.code().substring(0, 3))
                                                        .map(n -> sameName(n, className))
                                                        .orElse(false))
                        .toList();
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    private Optional<String> nameOf(String code) {
        return functional(code).map(Code::name);
    }

    /** Names compare without brackets' width or spaces: reports mix （） and () freely. */
    static boolean sameName(String a, String b) {
        return normalise(a).equals(normalise(b));
    }

    static String normalise(String s) {
        return s.replace('（', '(').replace('）', ')').replaceAll("\\s+", "");
    }

    private static List<Code> read(CodeSystem system, String resource) {
        InputStream in = CodeList.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        List<Code> codes = new ArrayList<>();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#") || line.startsWith("code,")) {
                    continue;
                }
                int comma = line.indexOf(',');
                codes.add(
                        new Code(
                                system,
                                line.substring(0, comma).strip(),
                                line.substring(comma + 1).strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return codes;
    }
}
