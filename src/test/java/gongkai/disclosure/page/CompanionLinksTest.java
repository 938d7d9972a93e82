package gongkai.disclosure.page;

import static gongkai.testsupport.Imported.stored;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.disclosure.DisclosureCatalog;
import gongkai.importer.BudgetFixtures;
import gongkai.importer.ImportService;
import gongkai.testsupport.Samples;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A published budget's page and the same unit-year's final-accounts page (醴陵 2023) link to each
 * other and to budget against outcome; a report without its other kind (内蒙古法治宣传中心) links to
 * neither.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.read-timeout", value = "60s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompanionLinksTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject ImportService imports;
    @Inject DisclosureCatalog catalog;

    long budgetId;
    long accountsId;
    long aloneId;
    String execution;

    @BeforeAll
    void publish() {
        BudgetFixtures.Liling both = BudgetFixtures.publishLiling2023(imports);
        accountsId = both.accountsId();
        budgetId = both.budgetId();
        aloneId =
                stored(
                        imports.importDocument(
                                "000", Samples.bytes(Samples.NMG_PUBLICITY_CENTRE), true));
        long unit = catalog.summary(accountsId).orElseThrow().unitId();
        execution = "/units/" + unit + "/years/2023/execution";
    }

    private String page(String uri) {
        return http.toBlocking().retrieve(HttpRequest.GET(uri).accept("text/html"));
    }

    @Test
    void theBudgetPageLinksToItsFinalAccountsAndToBudgetAgainstOutcome() {
        String html = page("/disclosures/" + budgetId);
        assertTrue(html.contains("href=\"/disclosures/" + accountsId + "\">2023年度部门决算</a>"), html);
        assertTrue(html.contains("href=\"" + execution + "\""), "budget against outcome");
    }

    @Test
    void theFinalAccountsPageLinksToItsBudgetAndToBudgetAgainstOutcome() {
        String html = page("/disclosures/" + accountsId);
        assertTrue(html.contains("href=\"/disclosures/" + budgetId + "\">2023年度部门预算</a>"), html);
        assertTrue(html.contains("href=\"" + execution + "\""), "budget against outcome");
    }

    @Test
    void theLinkedPagesExist() {
        assertEquals(
                200,
                http.toBlocking()
                        .exchange(HttpRequest.GET(execution).accept("text/html"), String.class)
                        .code());
    }

    @Test
    void aReportWithoutItsOtherKindLinksToNeither() {
        String html = page("/disclosures/" + aloneId);
        assertFalse(html.contains("同年度另有"), "no companion");
        assertFalse(html.contains("/execution\""), "no budget against outcome without a budget");
    }
}
