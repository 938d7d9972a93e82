package gongkai.staff;

import gongkai.account.CsrfGuard;
import gongkai.account.StaffUser;
import gongkai.audit.AuditAction;
import gongkai.audit.AuditEvent;
import gongkai.audit.AuditLog;
import gongkai.disclosure.Disclosure;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureService;
import gongkai.disclosure.DisclosureStatus;
import gongkai.disclosure.StandardTable;
import gongkai.inspection.InspectionService;
import gongkai.staff.performance.PerformanceLink;
import gongkai.staff.tables.TableGridPage;
import gongkai.unit.Unit;
import gongkai.unit.UnitService;
import gongkai.validation.Finding;
import gongkai.validation.FindingPlaces;
import gongkai.validation.Location;
import gongkai.validation.Severity;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the page of one disclosure ({@code staff/disclosure}) for the editing and the workflow
 * controllers: its forms, its findings placed next to the sections they concern, its audit trail,
 * and what the user may do with it. A form shown again after a refusal keeps what was typed.
 */
@Singleton
class EditPages {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final DisclosureService disclosures;
    private final WorkflowService workflow;
    private final UnitService units;
    private final AuditLog audit;
    private final CsrfGuard csrf;
    private final DraftRemoval removal;
    private final InspectionService inspection;

    EditPages(
            DisclosureService disclosures,
            WorkflowService workflow,
            UnitService units,
            AuditLog audit,
            CsrfGuard csrf,
            DraftRemoval removal,
            InspectionService inspection) {
        this.inspection = inspection;
        this.disclosures = disclosures;
        this.workflow = workflow;
        this.units = units;
        this.audit = audit;
        this.csrf = csrf;
        this.removal = removal;
    }

    /**
     * What the user typed into a form that was refused: the profile with a message per field, or
     * one section.
     */
    record Typed(
            @Nullable StaffViews.ProfileForm profile,
            Map<String, String> profileErrors,
            @Nullable StaffViews.SectionForm section,
            @Nullable String explanation,
            @Nullable String explanationError) {

        static final Typed NONE = new Typed(null, Map.of(), null, null, null);

        static Typed profile(StaffViews.ProfileForm profile, Map<String, String> errors) {
            return new Typed(profile, errors, null, null, null);
        }

        static Typed section(StaffViews.SectionForm section) {
            return new Typed(null, Map.of(), section, null, null);
        }

        /** The explanation typed into the submit form, and what is wrong with it. */
        static Typed explanation(@Nullable String explanation, @Nullable String error) {
            return new Typed(null, Map.of(), null, explanation, error);
        }

        /** The same, with a message next to each profile field that must be filled in. */
        Typed withProfileErrors(Map<String, String> errors) {
            return errors.isEmpty()
                    ? this
                    : new Typed(profile, errors, section, explanation, explanationError);
        }
    }

    /** The page with a message or an error (a refusal), with the given status. */
    HttpResponse<?> render(
            HttpRequest<?> request,
            StaffUser user,
            long id,
            @Nullable String message,
            @Nullable String error,
            @Nullable StaffViews.Conflict conflict,
            Typed typed,
            HttpStatus status) {
        return HttpResponse.status(status)
                .body(
                        new ModelAndView<>(
                                "staff/disclosure",
                                model(page(request, user, id, message, error, conflict, typed))));
    }

    /** The page's model: the page and the tables the import of this revision could not read. */
    StaffViews.EditModel model(StaffViews.EditPage page) {
        List<StaffViews.UnreadTable> unread =
                workflow.unreadTables(page.id()).stream()
                        .map(g -> new StaffViews.UnreadTable(g.message(), g.confirmedBy()))
                        .toList();
        return new StaffViews.EditModel(
                page,
                unread,
                unread.stream().anyMatch(u -> u.confirmedBy() == null),
                inspection.checklist(workflow.document(page.id())));
    }

    StaffViews.EditPage page(
            HttpRequest<?> request,
            StaffUser user,
            long id,
            @Nullable String message,
            @Nullable String error,
            @Nullable StaffViews.Conflict conflict,
            Typed typed) {
        DisclosureDocument d = workflow.visible(user, id);
        Unit unit = units.byId(d.unit().id()).orElseThrow();
        boolean editable =
                Scope.canEdit(user, unit)
                        && (d.status() == DisclosureStatus.DRAFT
                                || d.status() == DisclosureStatus.RETURNED);
        List<Finding> findings = workflow.findings(d);
        Disclosure stored = disclosures.byId(id).orElseThrow();
        Disclosure.Profile p = d.profile();
        StaffViews.ProfileForm profile =
                typed.profile() != null
                        ? typed.profile()
                        : new StaffViews.ProfileForm(
                                null,
                                Objects.requireNonNullElse(stored.version(), 0L),
                                p.headOfUnit(),
                                p.headOfFinance(),
                                p.preparer(),
                                p.reportDate() == null ? null : p.reportDate().toString(),
                                p.contactPerson(),
                                p.contactPhone());
        List<StaffViews.SectionForm> sections = new ArrayList<>();
        for (int i = 0; i < d.sections().size(); i++) {
            DisclosureDocument.SectionView view = d.sections().get(i);
            StaffViews.SectionForm form =
                    typed.section() != null && typed.section().position() == i
                            ? typed.section()
                            : new StaffViews.SectionForm(i, view.title(), view.body(), null);
            // A narrative figure that disagrees with a table points at its section (by key or
            // title): show it there too.
            sections.add(
                    form.withFindings(
                            findings.stream()
                                    .filter(
                                            f ->
                                                    f.location().section() != null
                                                            && (f.location()
                                                                            .section()
                                                                            .equals(view.key())
                                                                    || f.location()
                                                                            .section()
                                                                            .equals(view.title())))
                                    .map(f -> line(d, f))
                                    .toList()));
        }
        List<StaffViews.FindingLine> lines = findings.stream().map(f -> line(d, f)).toList();
        List<StaffViews.AuditLine> trail =
                audit.forDisclosure(id).stream().map(EditPages::auditLine).toList();
        return new StaffViews.EditPage(
                id,
                d.unit().name()
                        + " "
                        + d.fiscalYear()
                        + "年度"
                        + d.kind().label()
                        + "（第 "
                        + d.revision()
                        + " 版）",
                d.status().label(),
                profile.version(),
                editable,
                editable,
                Scope.canReview(user, unit) && d.status() == DisclosureStatus.SUBMITTED,
                stored.reviewComment(),
                stored.warningExplanation(),
                profile,
                typed.profileErrors(),
                tableLinks(d),
                sections,
                lines,
                findings.stream().filter(f -> f.severity() == Severity.ERROR).count(),
                findings.stream().filter(f -> f.severity() == Severity.WARNING).count(),
                trail,
                message,
                error,
                conflict,
                // A revision not public yet has a preview instead, for the staff who may see it.
                d.status().isPublic()
                        ? "/disclosures/" + id
                        : "/staff/disclosures/" + id + "/preview",
                csrf.token(request),
                Scope.canEdit(user, unit) && d.status() == DisclosureStatus.PUBLISHED,
                PerformanceLink.of(d),
                user.isAdmin() && d.status() == DisclosureStatus.PUBLISHED,
                d.status().isPublic() ? "公开页面" : "预览公开页面（仅工作人员可见）",
                typed.explanation(),
                typed.explanationError(),
                Scope.canEdit(user, unit) && removal.deletable(d));
    }

    /** Every editable standard table, with how many rows it has now. */
    private static List<StaffViews.TableLink> tableLinks(DisclosureDocument d) {
        List<StaffViews.TableLink> links = new ArrayList<>();
        for (StandardTable kind : StandardTable.values()) {
            if (kind == StandardTable.PROSE) {
                continue;
            }
            int rows =
                    d.tables().stream()
                            .filter(t -> t.kind() == kind)
                            .mapToInt(t -> t.rows().size())
                            .sum();
            links.add(
                    new StaffViews.TableLink(
                            kind.label() + " " + kind.title(),
                            "/staff/disclosures/" + d.id() + "/tables/" + kind.name(),
                            rows));
        }
        return links;
    }

    /**
     * A finding in the editor's words (labels, not keys), linked to its cell in the table editor or
     * to its section on this page.
     */
    static StaffViews.FindingLine line(DisclosureDocument d, Finding f) {
        Location l = f.location();
        return new StaffViews.FindingLine(
                f.severity() == Severity.ERROR ? "错误" : "提示",
                f.severity() == Severity.ERROR,
                f.ruleId(),
                FindingPlaces.describe(l),
                f.message(),
                href(d, l));
    }

    private static @Nullable String href(DisclosureDocument d, Location l) {
        Optional<StandardTable> table = FindingPlaces.table(l);
        if (table.isPresent() && table.get() != StandardTable.PROSE) {
            String page = "/staff/disclosures/" + d.id() + "/tables/" + table.get().name();
            return l.rowCode() == null
                    ? page
                    : page + "#" + TableGridPage.anchor(l.rowCode(), l.column());
        }
        if (l.section() != null) {
            for (int i = 0; i < d.sections().size(); i++) {
                DisclosureDocument.SectionView s = d.sections().get(i);
                if (l.section().equals(s.key()) || l.section().equals(s.title())) {
                    return "#section-" + i;
                }
            }
        }
        return null;
    }

    private static StaffViews.AuditLine auditLine(AuditEvent e) {
        return new StaffViews.AuditLine(
                e.occurredAt() == null ? "" : WHEN.format(e.occurredAt()),
                e.username(),
                actionLabel(e.action()),
                e.detail());
    }

    static String actionLabel(String action) {
        return AuditAction.labelOf(action);
    }
}
