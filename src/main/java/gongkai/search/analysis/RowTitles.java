package gongkai.search.analysis;

/**
 * The display title a table row is indexed with, e.g. 社区矫正（公开03 支出决算表）, and its two halves read
 * back. The index side writes it and the result side groups copies of one fact by it, so the format
 * lives here, once.
 */
public final class RowTitles {

    private RowTitles() {}

    /** 社区矫正, 公开03, 支出决算表 → 社区矫正（公开03 支出决算表）. */
    public static String of(String rowName, String tableLabel, String tableTitle) {
        return rowName + "（" + tableLabel + " " + tableTitle + "）";
    }

    /** 社区矫正（公开03 支出决算表） → 社区矫正. */
    public static String rowName(String title) {
        int open = title.lastIndexOf('（');
        return open > 0 ? title.substring(0, open) : title;
    }

    /** 社区矫正（公开03 支出决算表） → 公开03; 社区矫正（情况说明 情况说明中的支出项目） → 情况说明. */
    public static String tableLabel(String title) {
        int open = title.lastIndexOf('（');
        if (open < 0 || !title.endsWith("）")) {
            return title;
        }
        String inside = title.substring(open + 1, title.length() - 1);
        int space = inside.indexOf(' ');
        return space > 0 ? inside.substring(0, space) : inside;
    }
}
