package gongkai.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureStatus;
import gongkai.disclosure.DisclosureSummary;
import gongkai.importer.ImportService;
import gongkai.region.Region;
import gongkai.region.RegionDirectory;
import gongkai.testsupport.SampleVariants;
import gongkai.testsupport.Samples;
import gongkai.testsupport.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Browsing by region and year over the three real samples (two in 内蒙古, one in 醴陵市, 湖南) plus a draft
 * that must never be counted.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowsePagesTest {

    @Inject EmbeddedServer server;
    @Inject ImportService imports;
    @Inject DisclosureCatalog catalog;
    @Inject RegionDirectory regions;

    private WebSession web;
    private List<DisclosureSummary> published;

    @BeforeAll
    void importSamples() {
        imports.importDocument("000", Samples.bytes(Samples.NMG_PUBLICITY_CENTRE), true);
        imports.importDocument("001", Samples.bytes(Samples.NMG_JUSTICE_DEPARTMENT), true);
        imports.importDocument("004", Samples.bytes(Samples.LILING_JUSTICE_BUREAU), true);
        // A 2022 draft of 醴陵: not public, so no page may count or link it.
        imports.importDocument(
                "004-2022", SampleVariants.forYear(Samples.LILING_JUSTICE_BUREAU, 2022), false);
        published = catalog.list(null, null, DisclosureStatus.PUBLISHED, 100, 0);
        web = new WebSession(server.getURI());
    }

    private String page(String path) {
        HttpResponse<String> response = web.get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body();
    }

    private DisclosureSummary liling() {
        return published.stream()
                .filter(d -> d.unitName().equals("醴陵市司法局"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void homePageOffersEveryProvinceWithPublicationsAndEveryYear() {
        String html = page("/");
        for (DisclosureSummary d : published) {
            Region province = regions.path(d.regionCode()).get(0);
            assertTrue(html.contains("href=\"/regions/" + province.code() + "\""), province.name());
        }
        assertTrue(html.contains("href=\"/years/2023\""));
        assertFalse(html.contains("href=\"/years/2022\""), "the 2022 draft is not a publication");
    }

    @Test
    void provincePageRollsCountsUpFromCountiesAndLinksTheCity() {
        DisclosureSummary liling = liling();
        List<Region> path = regions.path(liling.regionCode());
        assertEquals(3, path.size(), "醴陵市 is a county-level city under 株洲市, 湖南省");
        String province = page("/regions/" + path.get(0).code());
        assertTrue(province.contains(path.get(0).name()));
        assertTrue(
                province.contains("href=\"/regions/" + path.get(1).code() + "\""),
                "the city is listed");
        assertTrue(
                province.contains("1 份已公开决算"),
                "one publication in the province, the draft not counted");
        String county = page("/regions/" + liling.regionCode());
        assertTrue(
                county.contains("href=\"/units/" + liling.unitId() + "\""),
                "the unit is listed where it sits");
        assertTrue(
                county.contains("href=\"/disclosures/" + liling.id() + "\""),
                "with a link to its disclosure");
    }

    @Test
    void regionPageFiltersByYear() {
        String region = regions.path(liling().regionCode()).get(0).code();
        assertTrue(page("/regions/" + region + "?year=2023").contains("1 份已公开决算"));
        String none = page("/regions/" + region + "?year=2019");
        assertTrue(none.contains("0 份已公开决算"), none);
        assertFalse(
                none.contains("href=\"/disclosures/"), "no disclosure of another year is linked");
    }

    @Test
    void yearPageListsEveryPublicationOfTheYearAndFiltersByRegion() {
        String year = page("/years/2023");
        for (DisclosureSummary d : published) {
            assertTrue(year.contains("href=\"/disclosures/" + d.id() + "\""), d.unitName());
        }
        assertTrue(year.contains("共 " + published.size() + " 份已公开决算"));
        String province = regions.path(liling().regionCode()).get(0).code();
        String filtered = page("/years/2023?region=" + province);
        assertTrue(filtered.contains("href=\"/disclosures/" + liling().id() + "\""));
        assertEquals(
                1,
                filtered.split("href=\"/disclosures/", -1).length - 1,
                "only the disclosure in that province");
        assertTrue(page("/years/2022").contains("共 0 份已公开决算"), "drafts are not listed");
    }

    @Test
    void malformedParametersGetAChineseBadRequestPage() {
        for (String path :
                List.of(
                        "/regions/43",
                        "/regions/abcdef",
                        "/regions/430000?year=twenty",
                        "/years/23",
                        "/years/2023?page=0",
                        "/years/2023?region=x")) {
            HttpResponse<String> response = web.get(path);
            assertEquals(400, response.statusCode(), path);
            assertTrue(response.body().contains("lang=\"zh-CN\""), path);
            assertFalse(response.body().contains("Exception"), path);
        }
    }

    @Test
    void unknownRegionIsAChineseNotFoundPage() {
        HttpResponse<String> response = web.get("/regions/999999");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("行政区划代码 999999 不存在"));
    }
}
