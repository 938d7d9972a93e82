package gongkai.staff.performance;

import gongkai.account.CsrfGuard;
import gongkai.account.StaffUser;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureService;
import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.PerformanceProject;
import gongkai.disclosure.StoredProject;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/** The view model of the performance list page: one line per project with its notes. */
@Singleton
class PerformanceListPage {

    @Serdeable
    record ProjectLine(
            long id,
            String kindLabel,
            String name,
            String annualBudget,
            String executed,
            String rate,
            String score,
            int indicators,
            List<String> notes,
            String href) {}

    @Serdeable
    record ListPage(
            long id,
            String heading,
            String backHref,
            String newHref,
            List<ProjectLine> projects,
            PerformanceWords words,
            boolean editable,
            @Nullable String message,
            @Nullable String error,
            String csrfToken,
            long version) {}

    @Serdeable
    record ListModel(ListPage page) {}

    private final PerformancePages pages;
    private final DisclosureService disclosures;
    private final CsrfGuard csrf;

    PerformanceListPage(PerformancePages pages, DisclosureService disclosures, CsrfGuard csrf) {
        this.pages = pages;
        this.disclosures = disclosures;
        this.csrf = csrf;
    }

    ListModel list(
            HttpRequest<?> request,
            StaffUser user,
            DisclosureDocument d,
            @Nullable String message) {
        PerformanceWords words = PerformanceWords.of(d);
        List<ProjectLine> lines = new ArrayList<>();
        for (StoredProject s : disclosures.projects(d.id())) {
            PerformanceProject p = s.project();
            lines.add(
                    new ProjectLine(
                            p.id(),
                            words.kindLabel(p.kind()),
                            p.name(),
                            p.annualBudget() == null
                                    ? ""
                                    : MoneyUnit.WAN_YUAN.plain(p.annualBudget()),
                            p.executed() == null ? "" : MoneyUnit.WAN_YUAN.plain(p.executed()),
                            p.executionRate() == null
                                    ? ""
                                    : p.executionRate().stripTrailingZeros().toPlainString() + "%",
                            p.totalScore() == null
                                    ? ""
                                    : p.totalScore().stripTrailingZeros().toPlainString(),
                            s.indicators().size(),
                            List.copyOf(PerformanceChecks.of(p, s.indicators(), words).values()),
                            "/staff/disclosures/" + d.id() + "/performance/" + p.id()));
        }
        return new ListModel(
                new ListPage(
                        d.id(),
                        PerformancePages.heading(d),
                        "/staff/disclosures/" + d.id(),
                        "/staff/disclosures/" + d.id() + "/performance/new",
                        lines,
                        words,
                        pages.editable(user, d),
                        message,
                        null,
                        csrf.token(request),
                        pages.version(d.id())));
    }
}
