package gongkai.inspection;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Former names of functional classification codes that old templates still print, with the code
 * they now belong to. {@code unique} names can be recognised anywhere in the text; the others only
 * where the text marks them as a class name (（类）/（款）/（项）, or a code before them).
 */
final class RenamedClasses {

    record Former(String code, String name, boolean unique) {}

    static final Map<String, Former> FORMER = new LinkedHashMap<>();

    static {
        add("210", "医疗卫生与计划生育支出", true);
        add("210", "医疗卫生支出", false);
        add("207", "文化体育与传媒支出", true);
        add("220", "国土海洋气象等支出", true);
        add("220", "国土资源气象等支出", true);
        add("20805", "行政事业单位离退休", false);
        add("2080501", "归口管理的行政单位离退休", true);
        add("2040606", "律师公证管理", true);
        add("2040607", "法律援助", false);
        add("2040608", "司法统一考试", true);
    }

    private RenamedClasses() {}

    private static void add(String code, String name, boolean unique) {
        FORMER.put(name, new Former(code, name, unique));
    }
}
