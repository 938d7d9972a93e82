package gongkai.staff.performance;

import gongkai.account.CsrfGuard;
import gongkai.account.StaffUser;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureService;
import gongkai.disclosure.DisclosureStatus;
import gongkai.disclosure.MoneyUnit;
import gongkai.staff.Scope;
import gongkai.staff.StaffViews;
import gongkai.staff.WorkflowService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The view model of the performance form page and how it is filled. */
@Singleton
class PerformancePages {

    /** One form field: name, label, typed value, a message for bad input, a consistency note. */
    @Serdeable
    record Field(
            String name,
            String label,
            String value,
            @Nullable String error,
            @Nullable String note) {}

    @Serdeable
    record IndicatorRow(int index, List<Field> cells) {}

    /**
     * {@code unit} is the unit the amounts are shown and read in; {@code confirmScale} offers the
     * rescale confirmation.
     */
    @Serdeable
    record FormPage(
            long id,
            String heading,
            String backHref,
            String listHref,
            String action,
            @Nullable String deleteAction,
            long version,
            String unit,
            String unitLabel,
            String otherUnit,
            String otherUnitLabel,
            String switchHref,
            String kind,
            List<Field> texts,
            List<Field> amounts,
            List<Field> scores,
            List<Field> goals,
            List<IndicatorRow> indicators,
            int indicatorCount,
            List<String> indicatorLabels,
            PerformanceWords words,
            boolean editable,
            boolean confirmScale,
            @Nullable String message,
            @Nullable String error,
            @Nullable StaffViews.Conflict conflict,
            String csrfToken) {}

    @Serdeable
    record FormModel(FormPage page) {}

    /**
     * What a form page shows besides the fields: messages by field, notes by field, page messages.
     */
    record Shown(
            PerformanceForm form,
            Map<String, String> errors,
            Map<String, String> notes,
            @Nullable String message,
            @Nullable String error,
            @Nullable StaffViews.Conflict conflict,
            boolean confirmScale) {
        static Shown of(PerformanceForm form) {
            return new Shown(form, Map.of(), Map.of(), null, null, null, false);
        }

        Shown errors(Map<String, String> fieldErrors, String pageError) {
            return new Shown(form, fieldErrors, notes, message, pageError, conflict, confirmScale);
        }

        Shown notes(Map<String, String> fieldNotes) {
            return new Shown(form, errors, fieldNotes, message, error, conflict, confirmScale);
        }

        Shown message(@Nullable String text) {
            return new Shown(form, errors, notes, text, error, conflict, confirmScale);
        }

        Shown error(String text) {
            return new Shown(form, errors, notes, message, text, conflict, confirmScale);
        }

        Shown conflict(StaffViews.Conflict both, String text) {
            return new Shown(form, errors, notes, message, text, both, confirmScale);
        }

        Shown askToConfirmScale(String text) {
            return new Shown(form, errors, notes, message, text, conflict, true);
        }
    }

    private final WorkflowService workflow;
    private final DisclosureService disclosures;
    private final CsrfGuard csrf;

    PerformancePages(WorkflowService workflow, DisclosureService disclosures, CsrfGuard csrf) {
        this.workflow = workflow;
        this.disclosures = disclosures;
        this.csrf = csrf;
    }

    /**
     * The form page. {@code postedVersion} is the version the shown form was based on (kept when a
     * post is shown again, so a later save is still refused as stale); null for the stored one.
     */
    FormModel form(
            HttpRequest<?> request,
            StaffUser user,
            DisclosureDocument d,
            @Nullable Long projectId,
            @Nullable Long postedVersion,
            Shown shown) {
        PerformanceForm form = shown.form();
        PerformanceWords words = PerformanceWords.of(d);
        List<Field> texts =
                List.of(
                        field(shown, "name", "项目名称"),
                        field(shown, "department", "主管部门"),
                        field(shown, "implementer", "实施单位"));
        List<Field> amounts = fields(shown, words.amounts());
        List<Field> scores = fields(shown, words.scores());
        List<Field> goals = fields(shown, words.goals());
        List<IndicatorRow> rows = new ArrayList<>();
        for (int i = 0; i < form.indicators().size(); i++) {
            PerformanceForm.IndicatorInput in = form.indicators().get(i);
            List<Field> cells = new ArrayList<>();
            int c = 0;
            for (String f : words.indicatorFields()) {
                String key = "ind_" + i + "_" + f;
                cells.add(
                        new Field(
                                key,
                                words.indicatorLabels().get(c++),
                                in.get(f),
                                shown.errors().get(key),
                                shown.notes().get(key)));
            }
            rows.add(new IndicatorRow(i, cells));
        }
        String base = "/staff/disclosures/" + d.id() + "/performance";
        String action = projectId == null ? base + "/new" : base + "/" + projectId;
        MoneyUnit other = form.unit() == MoneyUnit.YUAN ? MoneyUnit.WAN_YUAN : MoneyUnit.YUAN;
        return new FormModel(
                new FormPage(
                        d.id(),
                        heading(d),
                        "/staff/disclosures/" + d.id(),
                        base,
                        action,
                        projectId == null ? null : base + "/" + projectId + "/delete",
                        postedVersion != null ? postedVersion : version(d.id()),
                        form.unit().name(),
                        form.unit().label(),
                        other.name(),
                        other.label(),
                        action + "?unit=" + other.name(),
                        form.kind().name(),
                        texts,
                        amounts,
                        scores,
                        goals,
                        rows,
                        rows.size(),
                        words.indicatorLabels(),
                        words,
                        editable(user, d),
                        shown.confirmScale(),
                        shown.message(),
                        shown.error(),
                        shown.conflict(),
                        csrf.token(request)));
    }

    private static List<Field> fields(Shown shown, Map<String, String> labels) {
        return labels.entrySet().stream().map(e -> field(shown, e.getKey(), e.getValue())).toList();
    }

    private static Field field(Shown shown, String key, String label) {
        return new Field(
                key, label, shown.form().get(key), shown.errors().get(key), shown.notes().get(key));
    }

    boolean editable(StaffUser user, DisclosureDocument d) {
        return Scope.canEdit(user, workflow.unitOf(d))
                && (d.status() == DisclosureStatus.DRAFT
                        || d.status() == DisclosureStatus.RETURNED);
    }

    long version(long id) {
        return disclosures
                .byId(id)
                .map(x -> Objects.requireNonNullElse(x.version(), 0L))
                .orElse(0L);
    }

    static String heading(DisclosureDocument d) {
        return d.unit().name() + " " + d.fiscalYear() + "年度（第 " + d.revision() + " 版）";
    }
}
