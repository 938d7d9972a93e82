package gongkai.staff.tables;

import gongkai.account.CsrfGuard;
import gongkai.account.StaffUser;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureKind;
import gongkai.disclosure.DisclosureService;
import gongkai.disclosure.DisclosureStatus;
import gongkai.disclosure.StandardTable;
import gongkai.importer.text.TableTitles;
import gongkai.staff.Scope;
import gongkai.staff.WorkflowService;
import gongkai.validation.Finding;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Builds the view model of the table grid page: cells, their messages and the findings. */
@Singleton
public class TableGridPage {

    private final WorkflowService workflow;
    private final DisclosureService disclosures;
    private final CsrfGuard csrf;

    TableGridPage(WorkflowService workflow, DisclosureService disclosures, CsrfGuard csrf) {
        this.workflow = workflow;
        this.disclosures = disclosures;
        this.csrf = csrf;
    }

    @Serdeable
    record Cell(
            String key,
            String field,
            String value,
            @Nullable String error,
            String anchor,
            String ariaLabel) {}

    @Serdeable
    record GridRow(
            int index,
            int number,
            String anchor,
            String code,
            String name,
            @Nullable String codeError,
            List<Cell> cells,
            List<String> notes) {}

    @Serdeable
    record Column(String key, String label) {}

    @Serdeable
    record TablePage(
            long id,
            String heading,
            String label,
            String title,
            String kind,
            long version,
            String unit,
            String unitLabel,
            String otherUnit,
            String otherUnitLabel,
            List<Column> columns,
            List<GridRow> rows,
            int rowCount,
            List<String> tableNotes,
            boolean editable,
            boolean confirmScale,
            String newCode,
            @Nullable String newCodeError,
            @Nullable String message,
            @Nullable String error,
            String csrfToken,
            String backHref) {}

    @Serdeable
    record Model(TablePage page) {}

    /**
     * The id of a row ({@code column} null) or of one of its cells, which a finding on the
     * disclosure page links to: ASCII, built from the row's code or name, so that it is the same
     * for the finding (which knows only the row's key) and for the grid.
     */
    public static String anchor(String rowKey, @Nullable String column) {
        StringBuilder id = new StringBuilder(column == null ? "row-" : "cell-");
        rowKey.strip()
                .codePoints()
                .forEach(
                        cp -> {
                            if (cp < 128 && Character.isLetterOrDigit(cp)) {
                                id.appendCodePoint(cp);
                            } else {
                                id.append('u').append(Integer.toHexString(cp));
                            }
                        });
        if (column != null) {
            id.append('-').append(column);
        }
        return id.toString();
    }

    /** The request, user, disclosure and table a grid page is answered for. */
    record Target(
            HttpRequest<?> request, StaffUser user, DisclosureDocument d, StandardTable table) {}

    /** The grid page as a view: see {@link #page} for {@code errors}. */
    ModelAndView<Model> view(
            Target t,
            TableForm form,
            Map<String, String> errors,
            boolean confirmScale,
            @Nullable Long postedVersion,
            @Nullable String message,
            @Nullable String error) {
        return new ModelAndView<>(
                "staff/table",
                new Model(
                        page(
                                t.request(),
                                t.user(),
                                t.d(),
                                t.table(),
                                form,
                                errors,
                                confirmScale,
                                postedVersion,
                                message,
                                error)));
    }

    /**
     * The grid page. {@code errors} holds a message per cell ("row:N:code", "row:N:COLUMN") and,
     * when the fixed fields were refused, "form:FIELD" messages and the refused code to add as
     * "typed:newCode".
     */
    private TablePage page(
            HttpRequest<?> request,
            StaffUser user,
            DisclosureDocument d,
            StandardTable table,
            TableForm form,
            Map<String, String> errors,
            boolean confirmScale,
            @Nullable Long postedVersion,
            @Nullable String message,
            @Nullable String error) {
        List<Finding> findings =
                workflow.findings(d).stream()
                        .filter(f -> table.label().equals(f.location().table()))
                        .toList();
        List<String> tableNotes = new ArrayList<>();
        List<GridRow> rows = new ArrayList<>();
        for (int i = 0; i < form.rows().size(); i++) {
            TableForm.RowInput r = form.rows().get(i);
            String rowKey = r.code().isEmpty() ? r.name() : r.code();
            List<Cell> cells = new ArrayList<>();
            for (StandardTable.Column c : form.columns()) {
                String cellError = errors.get("row:" + i + ":" + c.key());
                if (cellError == null) {
                    cellError =
                            findings.stream()
                                    .filter(
                                            f ->
                                                    rowKey.equals(f.location().rowCode())
                                                            && c.key()
                                                                    .equals(f.location().column()))
                                    .map(Finding::message)
                                    .findFirst()
                                    .orElse(null);
                }
                // The label a screen reader reads is what a sighted editor sees: the row's number
                // on screen and the column's printed label.
                cells.add(
                        new Cell(
                                c.key(),
                                "amt_" + i + "_" + c.key(),
                                r.amounts().getOrDefault(c.key(), ""),
                                cellError,
                                anchor(rowKey, c.key()),
                                "第" + (i + 1) + "行 " + c.label()));
            }
            List<String> notes =
                    findings.stream()
                            .filter(
                                    f ->
                                            rowKey.equals(f.location().rowCode())
                                                    && f.location().column() == null)
                            .map(Finding::message)
                            .toList();
            rows.add(
                    new GridRow(
                            i,
                            i + 1,
                            anchor(rowKey, null),
                            r.code(),
                            r.name(),
                            errors.get("row:" + i + ":code"),
                            cells,
                            notes));
        }
        for (Finding f : findings) {
            boolean placed =
                    f.location().rowCode() != null
                            && form.rows().stream()
                                    .anyMatch(
                                            r ->
                                                    f.location()
                                                            .rowCode()
                                                            .equals(
                                                                    r.code().isEmpty()
                                                                            ? r.name()
                                                                            : r.code()));
            if (!placed) {
                tableNotes.add(f.message());
            }
        }
        boolean editable =
                Scope.canEdit(user, workflow.unitOf(d))
                        && (d.status() == DisclosureStatus.DRAFT
                                || d.status() == DisclosureStatus.RETURNED);
        // A grid shown again after a post keeps the version its numbers were based on, so that
        // saving it
        // later is still refused when someone else saved in between; a fresh page takes the current
        // one.
        long version =
                postedVersion != null
                        ? postedVersion
                        : disclosures
                                .byId(d.id())
                                .map(x -> Objects.requireNonNullElse(x.version(), 0L))
                                .orElse(0L);
        return new TablePage(
                d.id(),
                d.unit().name() + " " + d.fiscalYear() + "年度",
                table.label(),
                // A budget's table goes by the budget set's title (部门收入总表, not 收入决算表).
                d.kind() == DisclosureKind.BUDGET ? TableTitles.budgetTitle(table) : table.title(),
                table.name(),
                version,
                form.unit().name(),
                form.unit().label(),
                TableUnits.other(form.unit()).name(),
                TableUnits.other(form.unit()).label(),
                form.columns().stream().map(c -> new Column(c.key(), c.label())).toList(),
                rows,
                rows.size(),
                tableNotes,
                editable,
                confirmScale,
                errors.getOrDefault("typed:newCode", ""),
                errors.getOrDefault(
                        "form:newCode",
                        errors.getOrDefault("form:unit", errors.get("form:switchUnit"))),
                message,
                error,
                csrf.token(request),
                "/staff/disclosures/" + d.id());
    }
}
