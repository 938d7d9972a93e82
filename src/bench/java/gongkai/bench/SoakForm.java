package gongkai.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code <form>} of a served page, read the way a browser submits it: every successful control
 * (hidden inputs such as the CSRF token and the version included, whatever they are called), so the
 * soak never assumes a token's name or value. Disabled controls, buttons and unchecked radios or
 * checkboxes are left out; textarea text and entities are decoded.
 */
record SoakForm(String action, Map<String, String> fields) {

    private static final Pattern FORM =
            Pattern.compile(
                    "<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTROL =
            Pattern.compile(
                    "<(input|button)\\b([^>]*)>|<textarea\\b([^>]*)>(.*?)</textarea>|<select\\b([^>]*)>(.*?)</select>",
                    Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern OPTION =
            Pattern.compile("<option\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE =
            Pattern.compile(
                    "([A-Za-z_:][-A-Za-z0-9_:.]*)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+)))?");
    private static final Pattern ENTITY =
            Pattern.compile("&(#x[0-9A-Fa-f]+|#\\d+|amp|lt|gt|quot|apos);");

    /** The first form whose action's path is {@code actionPath}, if the page has one. */
    static Optional<SoakForm> find(String html, String actionPath) {
        return all(html).stream().filter(f -> path(f.action()).equals(actionPath)).findFirst();
    }

    /** Every form of the page, in document order. */
    static List<SoakForm> all(String html) {
        List<SoakForm> forms = new ArrayList<>();
        Matcher m = FORM.matcher(html);
        while (m.find()) {
            Map<String, String> attributes = attributes(m.group(1));
            forms.add(new SoakForm(attributes.getOrDefault("action", ""), controls(m.group(2))));
        }
        return forms;
    }

    /** These fields with some replaced or added (what a user types), in the form's order. */
    SoakForm with(Map<String, String> typed) {
        Map<String, String> copy = new LinkedHashMap<>(fields);
        copy.putAll(typed);
        return new SoakForm(action, copy);
    }

    private static Map<String, String> controls(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = CONTROL.matcher(body);
        while (m.find()) {
            if (m.group(1) != null) {
                Map<String, String> a = attributes(m.group(2));
                String type = a.getOrDefault("type", "text").toLowerCase(java.util.Locale.ROOT);
                boolean checkable = type.equals("radio") || type.equals("checkbox");
                boolean button =
                        m.group(1).equalsIgnoreCase("button")
                                || List.of("submit", "button", "reset", "image", "file")
                                        .contains(type);
                if (!a.containsKey("name")
                        || a.containsKey("disabled")
                        || button
                        || (checkable && !a.containsKey("checked"))) {
                    continue;
                }
                fields.put(a.get("name"), a.getOrDefault("value", checkable ? "on" : ""));
            } else if (m.group(3) != null) {
                Map<String, String> a = attributes(m.group(3));
                if (a.containsKey("name") && !a.containsKey("disabled")) {
                    // A browser drops the one newline that may follow the opening tag.
                    String text =
                            m.group(4).startsWith("\n") ? m.group(4).substring(1) : m.group(4);
                    fields.put(a.get("name"), unescape(text));
                }
            } else {
                Map<String, String> a = attributes(m.group(5));
                if (a.containsKey("name") && !a.containsKey("disabled")) {
                    fields.put(a.get("name"), selected(m.group(6)));
                }
            }
        }
        return fields;
    }

    private static String selected(String options) {
        String first = null;
        Matcher m = OPTION.matcher(options);
        while (m.find()) {
            Map<String, String> a = attributes(m.group(1));
            String value = a.getOrDefault("value", "");
            if (a.containsKey("selected")) {
                return value;
            }
            first = first == null ? value : first;
        }
        return first == null ? "" : first;
    }

    static Map<String, String> attributes(String tag) {
        Map<String, String> a = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(tag);
        while (m.find()) {
            String value =
                    m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            a.putIfAbsent(
                    m.group(1).toLowerCase(java.util.Locale.ROOT),
                    value == null ? "" : unescape(value));
        }
        return a;
    }

    static String unescape(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r =
                    switch (e) {
                        case "amp" -> "&";
                        case "lt" -> "<";
                        case "gt" -> ">";
                        case "quot" -> "\"";
                        case "apos" -> "'";
                        default ->
                                new String(
                                        Character.toChars(
                                                e.startsWith("#x")
                                                        ? Integer.parseInt(e.substring(2), 16)
                                                        : Integer.parseInt(e.substring(1))));
                    };
            m.appendReplacement(b, Matcher.quoteReplacement(r));
        }
        return m.appendTail(b).toString();
    }

    private static String path(String action) {
        int q = action.indexOf('?');
        int h = action.indexOf('#');
        int end = q < 0 ? (h < 0 ? action.length() : h) : (h < 0 ? q : Math.min(q, h));
        return action.substring(0, end);
    }
}
