package gongkai.classification;

import java.util.List;
import java.util.Map;

/**
 * Names that classes of the code list carried before a reform of the national list. Documents that
 * reuse an old template still print them; the code is right, only its wording is outdated, so the
 * importer reports it as information, not as a mismatch.
 */
public final class FormerNames {

    private static final Map<String, List<String>> FORMER =
            Map.of(
                    "207", List.of("文化体育与传媒支出"),
                    "210", List.of("医疗卫生与计划生育支出", "医疗卫生支出"),
                    "220", List.of("国土海洋气象等支出", "国土资源气象等支出"),
                    "20805", List.of("行政事业单位离退休"),
                    "30212", List.of("因公出国（境）费"));

    private FormerNames() {}

    /** Whether {@code name} is a former official name of {@code code}. */
    public static boolean isFormerName(String code, String name) {
        if (code == null || name == null) {
            return false;
        }
        String n = CodeList.normalise(name);
        return FORMER.getOrDefault(code, List.of()).stream()
                .anyMatch(f -> CodeList.normalise(f).equals(n));
    }
}
