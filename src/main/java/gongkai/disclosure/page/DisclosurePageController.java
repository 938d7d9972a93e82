package gongkai.disclosure.page;

import gongkai.cite.Citation;
import gongkai.cite.SiteAddress;
import gongkai.disclosure.Charts;
import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureKind;
import gongkai.disclosure.DisclosureStatus;
import gongkai.disclosure.DisclosureSummary;
import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.PublishedCache;
import gongkai.disclosure.export.DisclosureApiController;
import gongkai.disclosure.export.PublicChecks;
import gongkai.web.NotFoundException;
import gongkai.web.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code /disclosures/{id}}: one published (or corrected) disclosure, readable in full. */
// A page for people, not part of the open API.
@Hidden
@Controller("/disclosures")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class DisclosurePageController {

    private final DisclosureCatalog catalog;
    private final JsonMapper json;
    private final PublishedCache cache;
    private final Pages pages;
    private final PublicChecks checks;
    private final SiteAddress site;

    DisclosurePageController(
            DisclosureCatalog catalog,
            JsonMapper json,
            PublishedCache cache,
            Pages pages,
            PublicChecks checks,
            SiteAddress site) {
        this.catalog = catalog;
        this.json = json;
        this.cache = cache;
        this.pages = pages;
        this.checks = checks;
        this.site = site;
    }

    /**
     * The page's model; {@code companion} is the same unit-year's published report of the other
     * kind, when there is one (null on staff previews).
     */
    @Serdeable
    public record Model(DisclosurePage page, Citation cite, @Nullable Companion companion) {

        public Model(DisclosurePage page, Citation cite) {
            this(page, cite, null);
        }
    }

    /**
     * The same unit-year's report of the other kind (a budget's final accounts, or the other way
     * round) and the page setting the two side by side: linked only when both are published.
     */
    @Serdeable
    public record Companion(String label, String href, String executionHref) {}

    @Get("/{id}")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<String> show(
            @PathVariable long id, @Nullable @QueryValue String unit, HttpRequest<?> request) {
        MoneyUnit display = "yuan".equals(unit) ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN;
        // The citation names the address and the date retrieved: both are part of the key.
        String base = site.base(request);
        String today = Citation.today();
        String html =
                cache.page(
                        "disclosure-page:" + id + ":" + display + ":" + base + ":" + today,
                        () ->
                                pages.html(
                                        "disclosure/show",
                                        model(id, display, base, today),
                                        request));
        return HttpResponse.ok(html).contentType(MediaType.TEXT_HTML_TYPE);
    }

    private Model model(long id, MoneyUnit display, String base, String today) {
        DisclosureDocument d =
                catalog.document(id)
                        .filter(DisclosureApiController::isPublic)
                        .orElseThrow(() -> new NotFoundException("编号为 " + id + " 的决算公开不存在或尚未公开。"));
        List<DisclosureSummary> revisions =
                catalog.revisions(d.unit().id(), d.fiscalYear(), d.kind());
        Map<Long, String> notes = new HashMap<>();
        for (DisclosureSummary r : revisions) {
            catalog.correctionNote(r.id()).ifPresent(n -> notes.put(r.id(), n));
        }
        DisclosureCharts.Built charts = DisclosureCharts.of(d, display);
        return new Model(
                DisclosurePageView.page(
                        d,
                        display,
                        revisions,
                        notes,
                        charts.blocks(),
                        Charts.scriptJson(json, charts.data()),
                        DisclosurePageView.checks(checks.rulesRun(), checks.findings(d))),
                citation(d, base, today),
                companion(d));
    }

    private @Nullable Companion companion(DisclosureDocument d) {
        DisclosureKind other =
                d.kind() == DisclosureKind.BUDGET
                        ? DisclosureKind.FINAL_ACCOUNTS
                        : DisclosureKind.BUDGET;
        return catalog.revisions(d.unit().id(), d.fiscalYear(), other).stream()
                .filter(r -> r.status() == DisclosureStatus.PUBLISHED && r.publishedAt() != null)
                .findFirst()
                .map(
                        r ->
                                new Companion(
                                        d.fiscalYear() + "年度" + other.label(),
                                        "/disclosures/" + r.id(),
                                        "/units/"
                                                + d.unit().id()
                                                + "/years/"
                                                + d.fiscalYear()
                                                + "/execution"))
                .orElse(null);
    }

    /** The revision's own page is its permanent URL: it shows this revision after a correction. */
    private static Citation citation(DisclosureDocument d, String base, String today) {
        return Citation.ofDisclosure(
                d.unit().name(),
                d.fiscalYear(),
                d.kind().label(),
                d.revision(),
                d.publishedAt() == null
                        ? null
                        : d.publishedAt().atZone(Citation.ZONE).toLocalDate().toString(),
                base + "/disclosures/" + d.id(),
                today);
    }
}
