package gongkai.importer.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An unfilled template (the city's model report with "上海市XX局", "XXX万元") is not any unit's
 * disclosure: it is refused as a whole, naming a placeholder, rather than stored with invented
 * names or half its figures.
 */
public final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("[XＸ×xｘ]{2,}|[＊*]{3,}");

    /** Lines with a placeholder before the document counts as a template. */
    private static final int TEMPLATE_LINES = 5;

    private Placeholders() {}

    /** The refusal for a template, or null when the document is filled in. */
    public static String refusal(List<String> lines) {
        int count = 0;
        String example = null;
        for (String line : lines) {
            if (PLACEHOLDER.matcher(line).find() && Texts.hasHan(line)) {
                count++;
                if (example == null) {
                    example = Texts.strip(line.replace('\t', ' '));
                }
            }
        }
        if (count < TEMPLATE_LINES) {
            return null;
        }
        if (example.length() > 30) {
            example = example.substring(0, 30) + "…";
        }
        return "文件是未填写的模板：有 "
                + count
                + " 行含 XX/XXX 等占位符（如「"
                + example
                + "」），不是某个单位的决算公开，未导入。请上传填写完成的文件。";
    }
}
