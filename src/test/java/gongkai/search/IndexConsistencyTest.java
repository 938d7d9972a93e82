package gongkai.search;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import gongkai.disclosure.DisclosureService;
import gongkai.importer.ImportService;
import gongkai.importer.report.ImportReport;
import gongkai.testsupport.Samples;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Publishing, superseding and withdrawing reach the index through the outbox within seconds, as the
 * running portal's searches see them.
 */
@MicronautTest(transactional = false)
class IndexConsistencyTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject ImportService imports;
    @Inject DisclosureService disclosures;

    private String search(String q) {
        return http.toBlocking()
                .retrieve(
                        HttpRequest.GET(
                                "/api/search?size=50&q="
                                        + URLEncoder.encode(q, StandardCharsets.UTF_8)));
    }

    /** Polls the search API until the condition holds (the indexer runs every second). */
    private void eventually(String q, Predicate<String> condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            last = search(q);
            if (condition.test(last)) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        fail(what + " within 15 s; last answer: " + last);
    }

    @Test
    void publishedRevisionsBecomeSearchableAndOldOnesLeave() {
        ImportReport first =
                imports.importDocument("004", Samples.bytes(Samples.LILING_JUSTICE_BUREAU), true);
        eventually(
                "醴陵市司法局 社区矫正",
                json -> json.contains("\"disclosureId\":" + first.disclosureId()),
                "the published disclosure is found");

        ImportReport draft =
                imports.importDocument("000", Samples.bytes(Samples.NMG_PUBLICITY_CENTRE), false);
        ImportReport second =
                imports.importDocument("004", Samples.bytes(Samples.LILING_JUSTICE_BUREAU), true);
        eventually(
                "醴陵市司法局 社区矫正",
                json ->
                        json.contains("\"disclosureId\":" + second.disclosureId())
                                && !json.contains("\"disclosureId\":" + first.disclosureId() + ","),
                "the correction replaces the superseded revision");
        assertTrue(
                !search("法治乌兰牧骑").contains("\"disclosureId\":" + draft.disclosureId() + ","),
                "drafts are never indexed");

        disclosures.withdraw(second.disclosureId());
        eventually(
                "醴陵市司法局 社区矫正",
                json -> !json.contains("\"disclosureId\":" + second.disclosureId() + ","),
                "a withdrawn disclosure leaves the index");
    }
}
