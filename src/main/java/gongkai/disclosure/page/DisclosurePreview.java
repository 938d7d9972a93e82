package gongkai.disclosure.page;

import gongkai.cite.Citation;
import gongkai.disclosure.Charts;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.export.PublicChecks;
import gongkai.web.Pages;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/**
 * The public page of a revision that is not public yet, for the staff who work on it: the same
 * template and view model as {@code /disclosures/{id}}, never cached (it changes with every save)
 * and never reachable from the public routes. Whoever calls it has checked that the user may see
 * the revision.
 */
@Singleton
public class DisclosurePreview {

    private final JsonMapper json;
    private final Pages pages;
    private final PublicChecks checks;

    DisclosurePreview(JsonMapper json, Pages pages, PublicChecks checks) {
        this.json = json;
        this.pages = pages;
        this.checks = checks;
    }

    /** The page's HTML, with amounts in 万元, for the staff preview address {@code self}. */
    public String html(DisclosureDocument d, String self, HttpRequest<?> request) {
        DisclosureCharts.Built charts = DisclosureCharts.of(d, MoneyUnit.WAN_YUAN);
        DisclosurePage page =
                DisclosurePageView.page(
                        d,
                        MoneyUnit.WAN_YUAN,
                        List.of(),
                        Map.of(),
                        charts.blocks(),
                        Charts.scriptJson(json, charts.data()),
                        DisclosurePageView.checks(checks.rulesRun(), checks.findings(d)));
        Citation cite =
                Citation.ofDisclosure(
                        d.unit().name(),
                        d.fiscalYear(),
                        d.kind().label(),
                        d.revision(),
                        null,
                        self,
                        Citation.today());
        return pages.html(
                "disclosure/show", new DisclosurePageController.Model(page, cite), request);
    }
}
