package gongkai.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureService;
import gongkai.disclosure.DisclosureStatus;
import gongkai.importer.ImportService;
import gongkai.importer.report.ImportReport;
import gongkai.testsupport.SampleVariants;
import gongkai.testsupport.Samples;
import gongkai.testsupport.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * "如何引用" on disclosure and comparison pages: the citation names unit, title, year, revision, URL
 * and the date retrieved, and the permanent URL still shows the cited revision after a correction.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CitationPagesTest {

    private static final String OLD_LINE = "(四)负责监督管理全市法律援助工作。";
    private static final String NEW_LINE = "(四)负责监督管理全市法律援助工作和公共法律服务工作。";
    private static final Pattern PERMANENT =
            Pattern.compile("固定网址：<a rel=\"bookmark\" href=\"([^\"]+)\"");

    @Inject EmbeddedServer server;
    @Inject ImportService imports;
    @Inject DisclosureService disclosures;
    @Inject DisclosureCatalog catalog;

    long published;

    @BeforeAll
    void publish() {
        ImportReport r =
                imports.importDocument("004", Samples.bytes(Samples.LILING_JUSTICE_BUREAU), true);
        assertNotNull(r.disclosureId(), () -> r.errors().toString());
        published = r.disclosureId();
    }

    private String page(String path) {
        var r = new WebSession(server.getURI()).get(path);
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    private static String permanentUrl(String html) {
        Matcher m = PERMANENT.matcher(html);
        assertTrue(m.find(), "a permanent URL");
        return m.group(1);
    }

    @Test
    void theDisclosurePageCitesItsRevisionAndItsPermanentUrlKeepsShowingItAfterACorrection() {
        String base = server.getURI().toString().replaceAll("/$", "");
        String first = page("/disclosures/" + published);
        String url = base + "/disclosures/" + published;
        assertTrue(first.contains("如何引用"), "a citation section");
        assertTrue(
                first.contains("醴陵市司法局. 醴陵市司法局2023年度部门决算（第1版）[EB/OL]. ("),
                "unit, title with year and revision");
        assertTrue(first.contains(")[" + today() + "]. " + url + "."), "retrieved today, the URL");
        assertEquals(url, permanentUrl(first));
        assertTrue(first.contains("data-copy=\"citation-text\""), "a copy button");
        assertTrue(first.contains("/static/js/cite.js"), "its script, from the portal");

        long correction =
                disclosures
                        .storeNewRevision(
                                catalog.summary(published).orElseThrow().unitId(),
                                imports.parse(
                                                "004-corrected",
                                                SampleVariants.withLine(
                                                        Samples.LILING_JUSTICE_BUREAU,
                                                        OLD_LINE,
                                                        NEW_LINE))
                                        .disclosure(),
                                DisclosureStatus.PUBLISHED,
                                "补充法律援助职责表述")
                        .id();

        String cited = page(permanentUrl(first).substring(base.length()));
        assertTrue(cited.contains(OLD_LINE), "the cited revision's own text");
        assertFalse(cited.contains(NEW_LINE), "not the correction's");
        assertTrue(cited.contains("第 1 版") && cited.contains("已更正"), "marked as corrected");
        assertTrue(cited.contains("（第1版）[EB/OL]"), "still cited as revision 1");

        String current = page("/disclosures/" + correction);
        assertTrue(current.contains(NEW_LINE));
        assertTrue(current.contains("醴陵市司法局2023年度部门决算（第2版）[EB/OL]"), "revision 2 cited as such");
        assertEquals(base + "/disclosures/" + correction, permanentUrl(current));
    }

    @Test
    void theComparisonPageCitesItsViewWithTheDateRetrieved() {
        String base = server.getURI().toString().replaceAll("/$", "");
        String html = page("/compare?code=2040610&year=2023&region=430000");
        assertTrue(html.contains("如何引用"));
        assertTrue(
                html.contains(
                        "公开·司法行政部门决算公开平台. 2040610 社区矫正 科目比较（2023年度，湖南省）[EB/OL]. ["
                                + today()
                                + "]. "),
                "the code, its name and the filters as the title, retrieved today");
        String url = permanentUrl(html).replace("&amp;", "&");
        assertTrue(url.startsWith(base + "/compare?code=2040610"), url);
        assertTrue(url.contains("year=2023") && url.contains("region=430000"), url);
        String again = page(url.substring(base.length()));
        assertTrue(again.contains("醴陵市司法局"), "the URL reproduces the view");
        assertTrue(html.contains("指向所引用的那一版决算的固定网址"), "rows link to their revision");
        assertFalse(page("/compare").contains("如何引用"), "no citation for the empty form");
    }
}
