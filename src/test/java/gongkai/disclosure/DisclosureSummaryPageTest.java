package gongkai.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.importer.ImportService;
import gongkai.testsupport.SampleVariants;
import gongkai.testsupport.Samples;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The top of a report page answers first: a summary card of the headline figures, the largest 项 and
 * the checks' verdict; the report's own date apart from the date the portal published it; small
 * tables of the narrative as tables; no untitled entry in the contents.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.read-timeout", value = "60s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisclosureSummaryPageTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject ImportService imports;

    long liling;
    long department;
    long withCoverText;

    @BeforeAll
    void importSamples() {
        liling =
                imports.importDocument(
                                Samples.LILING_JUSTICE_BUREAU,
                                Samples.bytes(Samples.LILING_JUSTICE_BUREAU),
                                true)
                        .disclosureId();
        department =
                imports.importDocument(
                                Samples.NMG_JUSTICE_DEPARTMENT,
                                Samples.bytes(Samples.NMG_JUSTICE_DEPARTMENT),
                                true)
                        .disclosureId();
        // Text before the document's first heading: the importer files it as "（无标题）".
        withCoverText =
                imports.importDocument(
                                "cover.txt",
                                ("本单位依法公开本年度单位决算，接受社会监督。\n"
                                                + new String(
                                                        SampleVariants.forYear(
                                                                Samples.NMG_PUBLICITY_CENTRE, 2021),
                                                        StandardCharsets.UTF_8))
                                        .getBytes(StandardCharsets.UTF_8),
                                true)
                        .disclosureId();
    }

    private String page(long id) {
        return http.toBlocking()
                .retrieve(HttpRequest.GET("/disclosures/" + id).accept("text/html"));
    }

    /** The inner HTML of the first element opening with {@code open} up to its {@code close}. */
    private static String part(String html, String open, String close) {
        int from = html.indexOf(open);
        assertTrue(from >= 0, "the page has " + open);
        return html.substring(from, html.indexOf(close, from));
    }

    /** The texts of every {@code <tag …>text</tag>} (tags inside removed). */
    private static List<String> texts(String html, String tag) {
        List<String> out = new ArrayList<>();
        Matcher m =
                Pattern.compile("<" + tag + "(?:\\s[^>]*)?>(.*?)</" + tag + ">", Pattern.DOTALL)
                        .matcher(html);
        while (m.find()) {
            out.add(m.group(1).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip());
        }
        return out;
    }

    @Test
    void summaryCardStatesTheHeadlineFiguresTheLargestItemsAndTheChecksBeforeTheContents() {
        String html = page(liling);
        assertTrue(
                html.indexOf("class=\"summary-card\"") < html.indexOf("class=\"toc\"")
                        && html.indexOf("class=\"summary-card\"") > 0,
                "the card comes before the contents list");
        String card = part(html, "class=\"summary-card\"", "</section>");
        assertEquals(List.of("收入合计", "支出合计", "基本支出", "项目支出", "“三公”经费"), texts(card, "dt"));
        List<String> values = texts(card, "dd");
        assertEquals(
                List.of("1,374.29 万元", "1,374.29 万元", "796.59 万元", "577.70 万元"),
                values.subList(0, 4));
        List<String> largest = texts(part(card, "summary-largest", "</ol>"), "a");
        assertEquals(3, largest.size(), "three largest 项: " + largest);
        assertEquals("行政运行", largest.get(0));
        assertTrue(
                card.contains("href=\"/compare?code=2040601\""), "each 项 links to its comparison");
        String check = part(card, "summary-check", "</p>");
        assertTrue(check.contains("href=\"#checks\">勾稽检查"), check);
    }

    @Test
    void reportDateIsShownApartFromTheDateThePortalPublishedIt() {
        String meta =
                String.join(
                        " ",
                        texts(part(page(department), "<p class=\"meta-line\"", "</p>"), "span"));
        assertTrue(meta.contains("· 报送日期 2024年8月1日"), meta);
        assertTrue(meta.contains("· 本站公开于 "), meta);
        assertFalse(meta.contains("· 公开于"), meta);
    }

    @Test
    void smallTableOfTheNarrativeIsRenderedAsATable() {
        String html = page(department);
        String table = part(html, "<table class=\"figures text-table\"", "</table>");
        assertEquals(List.of("序号", "单位名称", "单位性质"), texts(table, "th"));
        assertEquals(List.of("1", "内蒙古自治区司法厅（本级）", "财政拨款的行政单位"), texts(table, "td"));
        assertFalse(html.contains("<p>单位性质</p>"), "no paragraph holds a single header cell");
    }

    @Test
    void untitledOpeningTextIsNotListedInTheContents() {
        String html = page(withCoverText);
        List<String> toc = texts(part(html, "class=\"toc\"", "</nav>"), "li");
        assertFalse(toc.isEmpty());
        assertTrue(toc.stream().noneMatch(t -> t.contains("无标题")), toc.toString());
        assertFalse(html.contains("无标题"), "no heading reads （无标题）");
        assertTrue(
                html.contains("<p>本单位依法公开本年度单位决算，接受社会监督。</p>"), "the opening text is still shown");
    }

    @Test
    void reportWithoutTablesSaysSoInsteadOfListingMissingFigures() {
        String card = part(page(department), "class=\"summary-card\"", "</section>");
        assertFalse(card.contains("summary-figures"));
        assertTrue(card.contains("未以表格列示"), card);
    }
}
