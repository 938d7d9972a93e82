package gongkai.importer.prose;

import gongkai.classification.CodeList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the functional code of a 类/款/项 named in prose. Narratives shorten official names
 * ("一般公共服务(类)" for 一般公共服务支出, "公共安全（类）" for 公共安全支出), so each name is also tried with and without the
 * "支出" suffix. When the 类 or 款 given does not fit, the 项 name alone decides if it is unique in the
 * code list — reported as a partial match so that staff can check.
 */
final class ProseCodes {

    /** A code found, and whether only part of the names given matched it. */
    record Match(CodeList.Code code, boolean partial) {}

    private ProseCodes() {}

    static Optional<Match> find(
            CodeList codes, String className, String sectionName, String itemName) {
        if (codes == null || itemName == null) {
            return Optional.empty();
        }
        // The names as printed first: most narratives use the official names, and each lookup scans
        // the list.
        Optional<CodeList.Code> exact =
                codes.findFunctional(className, sectionName, itemName)
                        .or(
                                () ->
                                        unique(
                                                codes,
                                                variants(className),
                                                variants(sectionName),
                                                variants(itemName)));
        if (exact.isPresent()) {
            return Optional.of(new Match(exact.get(), false));
        }
        List<String> none = nullOnly();
        if (className != null) {
            Optional<CodeList.Code> withoutClass =
                    unique(codes, none, variants(sectionName), variants(itemName));
            if (withoutClass.isPresent()) {
                return Optional.of(new Match(withoutClass.get(), true));
            }
        }
        if (sectionName != null) {
            Optional<CodeList.Code> itemOnly = unique(codes, none, none, variants(itemName));
            if (itemOnly.isPresent()) {
                return Optional.of(new Match(itemOnly.get(), true));
            }
        }
        return Optional.empty();
    }

    /**
     * The one code that some combination of the name variants identifies, or empty if none or
     * several.
     */
    private static Optional<CodeList.Code> unique(
            CodeList codes, List<String> classes, List<String> sections, List<String> items) {
        Map<String, CodeList.Code> found = new LinkedHashMap<>();
        for (String c : classes) {
            for (String s : sections) {
                for (String i : items) {
                    codes.findFunctional(c, s, i).ifPresent(code -> found.put(code.code(), code));
                }
            }
        }
        return found.size() == 1 ? Optional.of(found.values().iterator().next()) : Optional.empty();
    }

    private static List<String> variants(String name) {
        if (name == null || name.isBlank()) {
            return nullOnly();
        }
        List<String> v = new ArrayList<>();
        v.add(name);
        if (name.endsWith("支出")) {
            if (name.length() > 2) {
                v.add(name.substring(0, name.length() - 2));
            }
        } else {
            v.add(name + "支出");
        }
        return v;
    }

    private static List<String> nullOnly() {
        List<String> none = new ArrayList<>();
        none.add(null);
        return none;
    }
}
