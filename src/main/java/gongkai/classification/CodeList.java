package gongkai.classification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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

    /** Codes of the 2023–2024 national lists that the base list lacks (see {@link #lookup}). */
    private final Map<String, Code> supplement;

    CodeList(List<Code> codes) {
        this(codes, List.of());
    }

    CodeList(List<Code> codes, List<Code> supplementCodes) {
        Map<String, Code> s = new LinkedHashMap<>();
        for (Code c : supplementCodes) {
            s.put(c.system() + c.code(), c);
        }
        this.supplement = Collections.unmodifiableMap(s);
        Map<String, Code> f = new LinkedHashMap<>();
        Map<String, Code> e = new LinkedHashMap<>();
        for (Code c : codes) {
            (c.system() == CodeSystem.FUNCTIONAL ? f : e).put(c.code(), c);
        }
        this.functional = Collections.unmodifiableMap(f);
        this.economic = Collections.unmodifiableMap(e);
        Map<String, List<Code>> byName = new HashMap<>();
        for (Code c : f.values()) {
            byName.computeIfAbsent(normalise(c.name()), k -> new ArrayList<>()).add(c);
        }
        // Narratives name supplement codes too (财政事务（款）行政运行（项） is 2010601).
        for (Code c : s.values()) {
            if (c.system() == CodeSystem.FUNCTIONAL && !f.containsKey(c.code())) {
                byName.computeIfAbsent(normalise(c.name()), k -> new ArrayList<>()).add(c);
            }
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
            list =
                    new CodeList(
                            codes, read(CodeSystem.FUNCTIONAL, "codes/functional-supplement.csv"));
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

    /** How a printed code stands against the lists: see {@link #lookup}. */
    public enum Standing {
        /** In the base list (the database's classification_code table). */
        LISTED,
        /** In the supplement of 2023–2024 codes that real documents print. */
        SUPPLEMENT,
        /** In neither, but well-formed and its parent (款 or 类) is known: a valid newer code. */
        PARENT_KNOWN,
        /** Neither the code nor any parent is known. */
        UNKNOWN
    }

    /**
     * A code looked up: its standing, the listed code (null unless LISTED or SUPPLEMENT), and the
     * nearest known parent (for PARENT_KNOWN).
     */
    public record Lookup(Standing standing, Code code, Code parent) {}

    /**
     * Looks a printed code up in the base list, then in the supplement, then by its parents. No
     * complete national list is at hand, so a well-formed code under a known 款 or 类 is taken as
     * valid (e.g. a 2024 项 such as 2013299 其他组织事务支出 under 20132 组织事务).
     */
    public Lookup lookup(CodeSystem system, String code) {
        Code found = known(system, code);
        if (found != null) {
            return new Lookup(
                    listed(system, code) != null ? Standing.LISTED : Standing.SUPPLEMENT,
                    found,
                    null);
        }
        if (code != null
                && code.matches(
                        system == CodeSystem.FUNCTIONAL ? "2\\d{4}(?:\\d{2})?" : "3\\d{4}")) {
            for (int len = code.length() - 2; len >= 3; len -= 2) {
                Code parent = known(system, code.substring(0, len));
                if (parent != null) {
                    return new Lookup(Standing.PARENT_KNOWN, null, parent);
                }
            }
        }
        return new Lookup(Standing.UNKNOWN, null, null);
    }

    private Code listed(CodeSystem system, String code) {
        return (system == CodeSystem.FUNCTIONAL ? functional : economic).get(code);
    }

    private Code known(CodeSystem system, String code) {
        Code c = listed(system, code);
        return c != null ? c : supplement.get(system + code);
    }

    /** The supplement's codes (not in {@link #all()}, which is exactly the base list). */
    public List<Code> supplement() {
        return List.copyOf(supplement.values());
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
        return Optional.ofNullable(known(CodeSystem.FUNCTIONAL, code)).map(Code::name);
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
