package gongkai.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Opaque page cursors of the open API: a few fields (a kind letter, then the sort key of the row a
 * page starts after or before) in URL-safe Base64, so clients pass them back untouched and never
 * build them. Anything that does not decode to the expected shape is the client's mistake (400).
 */
public final class PageCursor {

    private static final String SEPARATOR = "|";

    private PageCursor() {}

    public static String encode(String kind, Object... key) {
        StringBuilder text = new StringBuilder(kind);
        for (Object part : key) {
            text.append(SEPARATOR).append(part);
        }
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor's kind letter followed by its {@code fields} key fields. */
    public static List<String> decode(String cursor, int fields) {
        String text;
        try {
            // Strict: what encode() made, and nothing that merely happens to decode.
            byte[] bytes = Base64.getUrlDecoder().decode(cursor.strip());
            text = new String(bytes, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
        List<String> parts = List.of(text.split("\\|", -1));
        if (parts.size() != fields + 1 || parts.stream().anyMatch(String::isEmpty)) {
            throw malformed();
        }
        return parts;
    }

    public static long number(String field) {
        if (!field.matches("-?\\d{1,18}")) {
            throw malformed();
        }
        return Long.parseLong(field);
    }

    public static BadRequestException malformed() {
        return new BadRequestException("分页游标 cursor 无效：请原样使用上一页响应中 Link 头或 nextCursor 字段给出的值。");
    }
}
