package gongkai.compare;

import static gongkai.testsupport.Imported.stored;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.importer.ImportService;
import gongkai.testsupport.SampleVariants;
import gongkai.testsupport.Samples;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 20 finding 11: a comparison's rows are computed once per code, filters and publication; the
 * order, the page and the page size are cut from them in memory, for the page, the CSV and the API
 * alike. Observed through the count of computations, not through timing.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.read-timeout", value = "60s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompareCostTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject ImportService imports;
    @Inject JsonMapper json;
    @Inject CompareService compare;

    @BeforeAll
    void importSamples() {
        stored(imports.importDocument("001", Samples.bytes(Samples.NMG_JUSTICE_DEPARTMENT), true));
        stored(imports.importDocument("004", Samples.bytes(Samples.LILING_JUSTICE_BUREAU), true));
        stored(
                imports.importDocument(
                        "004-2022",
                        SampleVariants.forYear(Samples.LILING_JUSTICE_BUREAU, 2022),
                        true));
    }

    private JsonNode api(String uri) throws IOException {
        return json.readValue(http.toBlocking().retrieve(HttpRequest.GET(uri)), JsonNode.class);
    }

    private static List<Long> ids(JsonNode result) {
        List<Long> out = new ArrayList<>();
        result.get("items").values().forEach(i -> out.add(i.get("disclosureId").getLongValue()));
        return out;
    }

    @Test
    void changingOnlyTheOrderOrThePageDoesNotRecomputeTheRows() throws IOException {
        JsonNode first = api("/api/compare?code=2040610");
        long computed = compare.computations();
        assertEquals(
                3,
                first.get("total").getIntValue(),
                "Liling 2023, 2022 and the department's narrative");

        JsonNode byYear = api("/api/compare?code=2040610&sort=year&order=asc");
        api("/api/compare?code=2040610&sort=share");
        api("/api/compare?code=2040610&sort=region&order=desc");
        JsonNode secondPage = api("/api/compare?code=2040610&page=2&size=1");
        http.toBlocking()
                .retrieve(HttpRequest.GET("/compare?code=2040610&sort=year").accept("text/html"));
        http.toBlocking()
                .retrieve(HttpRequest.GET("/compare?code=2040610&order=asc").accept("text/html"));
        http.toBlocking()
                .retrieve(HttpRequest.GET("/compare.csv?code=2040610&sort=share&order=asc"));

        assertEquals(
                computed,
                compare.computations(),
                "order, page and size are cut from the rows already computed");
        List<Integer> years = new ArrayList<>();
        byYear.get("items").values().forEach(i -> years.add(i.get("year").getIntValue()));
        assertEquals(years.stream().sorted().toList(), years, "still sorted by year, ascending");
        assertEquals(
                List.of(ids(first).get(1)), ids(secondPage), "page 2 of size 1 is the second row");

        api("/api/compare?code=2040610&year=2022");
        assertEquals(computed + 1, compare.computations(), "a filter is another comparison");
    }

    @Test
    void aPublicationMakesTheNextRequestRecompute() throws IOException {
        int before = api("/api/compare?code=20406&sort=share").get("total").getIntValue();
        api("/api/compare?code=20406&sort=amount&order=asc");
        long computed = compare.computations();

        stored(
                imports.importDocument(
                        "004-2021",
                        SampleVariants.forYear(Samples.LILING_JUSTICE_BUREAU, 2021),
                        true));

        JsonNode after = api("/api/compare?code=20406&sort=year");
        assertEquals(
                computed + 1, compare.computations(), "the publication made the kept rows stale");
        assertEquals(before + 1, after.get("total").getIntValue(), "the new report is compared");
        assertTrue(after.get("items").values().iterator().next().get("year").getIntValue() >= 2021);
        api("/api/compare?code=20406&page=1&size=2");
        assertEquals(
                computed + 1, compare.computations(), "and kept again until the next publication");
    }
}
