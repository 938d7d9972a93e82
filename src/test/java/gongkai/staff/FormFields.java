package gongkai.staff;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text inputs and textareas of a rendered form, as a browser would submit them unchanged.
 */
public final class FormFields {

    private static final Pattern INPUT =
            Pattern.compile(
                    "<input(?![^>]*type=\"(?:radio|checkbox|hidden)\")[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern HIDDEN =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");
    private static final Pattern TEXTAREA =
            Pattern.compile("<textarea[^>]*name=\"([^\"]+)\"[^>]*>([^<]*)</textarea>");

    private FormFields() {}

    /**
     * The fields of the first form whose action is {@code action} (text inputs, hidden fields,
     * textareas).
     */
    public static Map<String, String> of(String html, String action) {
        int start = html.indexOf("action=\"" + action + "\"");
        if (start < 0) {
            throw new AssertionError("no form with action " + action);
        }
        int end = html.indexOf("</form>", start);
        String form = html.substring(start, end);
        Map<String, String> fields = new LinkedHashMap<>();
        for (Pattern p : new Pattern[] {HIDDEN, INPUT, TEXTAREA}) {
            Matcher m = p.matcher(form);
            while (m.find()) {
                fields.put(m.group(1), unescape(m.group(2)));
            }
        }
        return fields;
    }

    public static String unescape(String s) {
        return s.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
