package gongkai.cite;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How to cite a page: a reference in the style of GB/T 7714-2015 for electronic resources (主要责任者.
 * 题名[EB/OL]. (发布日期)[引用日期]. 网址.), the permanent URL it names and the date retrieved.
 *
 * @param text the whole reference, as copied by the page's button
 * @param url the permanent URL (absolute)
 * @param retrieved the date retrieved (China Standard Time), {@code 2026-12-05}
 * @param note what the URL stands for, for the reader
 */
@Serdeable
public record Citation(String text, String url, String retrieved, String note) {

    /** Dates of citations are the readers' dates, in China. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    public static String today() {
        return LocalDate.now(ZONE).format(DATE);
    }

    /**
     * One revision of a disclosure: its unit is the author, the title names the year and the
     * revision, the URL is the revision's own page, which shows that revision also after a
     * correction.
     */
    public static Citation ofDisclosure(
            String unitName,
            int fiscalYear,
            String kindLabel,
            int revision,
            String publishedOn,
            String url,
            String retrieved) {
        String title = unitName + fiscalYear + "年度" + kindLabel + "（第" + revision + "版）";
        String published =
                publishedOn == null || publishedOn.isBlank() ? "" : "(" + publishedOn + ")";
        String text =
                unitName
                        + ". "
                        + title
                        + "[EB/OL]. "
                        + published
                        + "["
                        + retrieved
                        + "]. "
                        + url
                        + ".";
        return new Citation(text, url, retrieved, "此网址固定指向第" + revision + "版；即使日后更正，打开它看到的仍是本版内容。");
    }

    /** A comparison: the portal is the author, the title names the code and the filters. */
    public static Citation ofComparison(String title, String url, String retrieved) {
        String text = "公开·司法行政部门决算公开平台. " + title + "[EB/OL]. [" + retrieved + "]. " + url + ".";
        return new Citation(text, url, retrieved, "比较结果随新的公开和更正而更新；表中每行的“查看”链接指向所引用的那一版决算的固定网址。");
    }
}
