package gongkai.feeds;

import static gongkai.feeds.FeedTestSupport.entryPaths;
import static gongkai.feeds.FeedTestSupport.get;
import static gongkai.feeds.FeedTestSupport.stored;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureService;
import gongkai.importer.ImportService;
import gongkai.testsupport.SampleVariants;
import gongkai.testsupport.Samples;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The publications feed over HTTP, on each database: everything, a region with its sub-regions, a
 * unit; corrections as entries of their own; never a draft; 4xx for bad parameters; 304 for an
 * unchanged feed. Every feed is checked against the Atom schema and parsed by Rome.
 */
abstract class PublicationFeedsContract {

    @Inject EmbeddedServer server;
    @Inject ImportService imports;
    @Inject DisclosureService disclosures;
    @Inject DisclosureCatalog catalog;

    long centre;
    long department;
    long liling2022;
    long liling2023;
    long lilingCorrection;
    long draft;

    @BeforeAll
    void publish() {
        centre =
                stored(
                        imports.importDocument(
                                "000", Samples.bytes(Samples.NMG_PUBLICITY_CENTRE), true));
        department =
                stored(
                        imports.importDocument(
                                "001", Samples.bytes(Samples.NMG_JUSTICE_DEPARTMENT), true));
        liling2022 =
                stored(
                        imports.importDocument(
                                "004-2022",
                                SampleVariants.forYear(Samples.LILING_JUSTICE_BUREAU, 2022),
                                true));
        liling2023 =
                stored(
                        imports.importDocument(
                                "004", Samples.bytes(Samples.LILING_JUSTICE_BUREAU), true));
        draft =
                stored(
                        imports.importDocument(
                                "004-2024",
                                SampleVariants.forYear(Samples.LILING_JUSTICE_BUREAU, 2024),
                                false));
        lilingCorrection =
                FeedTestSupport.correct(
                        imports,
                        disclosures,
                        catalog,
                        liling2023,
                        Samples.bytes(Samples.LILING_JUSTICE_BUREAU),
                        "更正公开06工会经费金额");
    }

    private URI base() {
        return server.getURI();
    }

    private Feed feed(String path) throws Exception {
        HttpResponse<String> r = get(base(), path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        assertEquals(
                "application/atom+xml;charset=utf-8",
                r.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase(),
                path);
        return AtomCheck.valid(r.body());
    }

    private static String page(long id) {
        return "/disclosures/" + id;
    }

    @Test
    void theWholeFeedListsPublicationsAndCorrectionsNewestFirstAndNoDraft() throws Exception {
        Feed feed = feed("/feeds/publications.atom");
        assertEquals(
                List.of(
                        page(lilingCorrection),
                        page(liling2023),
                        page(liling2022),
                        page(department),
                        page(centre)),
                entryPaths(feed),
                "each public revision once, the correction first; the draft never");
        assertTrue(AtomCheck.selfHref(feed).startsWith("http://"), "absolute self link");
        assertTrue(AtomCheck.selfHref(feed).endsWith("/feeds/publications.atom"));
        Entry correction = feed.getEntries().get(0);
        assertTrue(
                correction.getTitle().contains("醴陵市司法局 2023年度部门决算（更正，第2版）"), correction.getTitle());
        String summary = correction.getSummary().getValue();
        assertTrue(summary.contains("更正说明：更正公开06工会经费金额"), summary);
        assertTrue(summary.contains("湖南省 株洲市 醴陵市"), summary);
        Entry superseded = feed.getEntries().get(1);
        assertTrue(
                superseded.getSummary().getValue().contains("已被此后的更正版本取代"),
                "the corrected revision stays, marked");
        assertFalse(correction.getId().equals(superseded.getId()), "a correction has its own id");
        assertTrue(correction.getId().startsWith("tag:"), correction.getId());
        assertEquals(correction.getPublished(), correction.getUpdated());
        assertEquals(
                correction.getUpdated(),
                feed.getUpdated(),
                "the feed is as new as its newest entry");
    }

    @Test
    void aRegionFeedIncludesItsSubRegionsOnly() throws Exception {
        List<String> liling = List.of(page(lilingCorrection), page(liling2023), page(liling2022));
        assertEquals(
                liling, entryPaths(feed("/feeds/publications.atom?region=430000")), "province");
        assertEquals(liling, entryPaths(feed("/feeds/publications.atom?region=430200")), "city");
        assertEquals(liling, entryPaths(feed("/feeds/publications.atom?region=430281")), "county");
        List<String> nmg = entryPaths(feed("/feeds/publications.atom?region=150000"));
        assertEquals(List.of(page(department), page(centre)), nmg);
        Feed beijing = feed("/feeds/publications.atom?region=110000");
        assertTrue(
                beijing.getEntries().isEmpty(),
                "a region without publications: a valid empty feed");
        assertTrue(beijing.getTitle().contains("北京市"), beijing.getTitle());
        assertTrue(AtomCheck.selfHref(beijing).endsWith("/feeds/publications.atom?region=110000"));
    }

    @Test
    void aUnitFeedListsThatUnitOnly() throws Exception {
        long unit = catalog.summary(liling2023).orElseThrow().unitId();
        Feed feed = feed("/feeds/publications.atom?unit=" + unit);
        assertEquals(
                List.of(page(lilingCorrection), page(liling2023), page(liling2022)),
                entryPaths(feed));
        assertTrue(feed.getTitle().contains("醴陵市司法局"), feed.getTitle());
        assertTrue(
                feed.getAlternateLinks().get(0).getHref().endsWith("/units/" + unit),
                "the feed follows the unit page");
    }

    @Test
    void badParametersAnswer4xxInChinese() {
        assertRefused(400, "/feeds/publications.atom?region=43", "6 位数字");
        assertRefused(400, "/feeds/publications.atom?region=%3Cscript%3E", "6 位数字");
        assertRefused(404, "/feeds/publications.atom?region=990000", "没有行政区划代码");
        assertRefused(400, "/feeds/publications.atom?unit=abc", "单位编号");
        assertRefused(404, "/feeds/publications.atom?unit=987654321", "没有编号为");
        assertRefused(400, "/feeds/publications.atom?unit=1&region=430000", "只选择一种范围");
    }

    private void assertRefused(int status, String path, String message) {
        HttpResponse<String> r = get(base(), path);
        assertEquals(status, r.statusCode(), path);
        assertTrue(r.body().contains(message), path + ": " + r.body());
        assertFalse(r.body().contains("Exception"), "no exception text");
    }

    @Test
    void anUnchangedFeedAnswers304ToItsETag() {
        HttpResponse<String> first = get(base(), "/feeds/publications.atom?region=150000");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(first.headers().firstValue("Last-Modified").isPresent());
        HttpResponse<String> again =
                get(base(), "/feeds/publications.atom?region=150000", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertTrue(again.body().isEmpty());
        HttpResponse<String> other =
                get(base(), "/feeds/publications.atom?region=430000", "If-None-Match", etag);
        assertEquals(200, other.statusCode(), "another feed has another tag");
    }
}
