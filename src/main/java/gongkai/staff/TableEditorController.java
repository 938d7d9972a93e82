package gongkai.staff;

import gongkai.account.CsrfGuard;
import gongkai.account.StaffUser;
import gongkai.audit.AuditLog;
import gongkai.disclosure.ConcurrentEditException;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureService;
import gongkai.disclosure.DisclosureStatus;
import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.NotEditableException;
import gongkai.disclosure.StandardTable;
import gongkai.validation.Finding;
import gongkai.web.FormErrors;
import gongkai.web.FormRefusals;
import gongkai.web.NotFoundException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code /staff/disclosures/{id}/tables/{kind}}: one standard table as an editable grid. Amounts
 * are shown and typed in 万元 or 元 and stored exactly in 元; every cell is validated and the
 * consistency findings of the stored table appear next to the cells they concern. The grid carries
 * the unit its numbers are shown in and is always read in that unit: switching the unit converts
 * the numbers on screen (a plain form button, so it works without JavaScript) and never
 * reinterprets them.
 */
// A page for people, not part of the open API.
@Hidden
@Controller("/staff/disclosures/{id}/tables")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class TableEditorController {

    private final WorkflowService workflow;
    private final DisclosureService disclosures;
    private final AuditLog audit;
    private final CsrfGuard csrf;
    private final FormRefusals refusals;

    TableEditorController(
            WorkflowService workflow,
            DisclosureService disclosures,
            AuditLog audit,
            CsrfGuard csrf,
            FormRefusals refusals) {
        this.refusals = refusals;
        this.workflow = workflow;
        this.disclosures = disclosures;
        this.audit = audit;
        this.csrf = csrf;
    }

    @Serdeable
    record Cell(String key, String field, String value, @Nullable String error) {}

    @Serdeable
    record GridRow(
            int index,
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

    @Get("/{kind}")
    HttpResponse<?> show(
            @PathVariable long id,
            @PathVariable String kind,
            @Nullable @QueryValue String saved,
            @Nullable @QueryValue String unit,
            HttpRequest<?> request,
            Authentication authentication) {
        StandardTable table = kind(kind);
        StaffUser user = StaffUser.of(authentication);
        DisclosureDocument d = workflow.visible(user, id);
        DisclosureDocument.TableView stored = storedTable(d, table);
        MoneyUnit display =
                unit != null
                        ? ("YUAN".equalsIgnoreCase(unit) ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN)
                        : defaultUnit(stored);
        String notice = saved == null ? null : "已保存。";
        if (display == MoneyUnit.WAN_YUAN
                && stored != null
                && !exactIn(stored, MoneyUnit.WAN_YUAN)) {
            // Shown in 万元 such amounts would need more than 2 decimals, which a save would refuse.
            display = MoneyUnit.YUAN;
            notice = NOT_IN_WAN;
        }
        List<TableForm.RowInput> rows = new ArrayList<>();
        if (stored != null) {
            for (DisclosureDocument.RowView r : stored.rows()) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (StandardTable.Column c : table.columns()) {
                    BigDecimal yuan = r.amounts().get(c.key());
                    cells.put(c.key(), yuan == null ? "" : TableForm.display(yuan, display));
                }
                rows.add(
                        new TableForm.RowInput(
                                r.kind() == gongkai.disclosure.LineItem.RowKind.NAMED
                                        ? ""
                                        : r.code(),
                                r.name(),
                                cells));
            }
        }
        return HttpResponse.ok(
                new ModelAndView<>(
                        "staff/table",
                        new Model(
                                page(
                                        request,
                                        user,
                                        d,
                                        table,
                                        new TableForm(table, display, rows),
                                        Map.of(),
                                        false,
                                        null,
                                        notice,
                                        null))));
    }

    @Post(value = "/{kind}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(
            @PathVariable long id,
            @PathVariable String kind,
            @Valid @Body GridFields form,
            HttpRequest<?> request,
            Authentication authentication) {
        csrf.verify(request, form.csrfToken());
        StandardTable table = kind(kind);
        DisclosureDocument d = workflow.document(id);
        StaffUser user = StaffUser.of(authentication);
        workflow.requireEdit(user, d);
        TableForm typed = TableForm.parse(table, form, form.postedCells());
        long version = form.versionOrStale();
        if (form.switchUnit() != null) {
            return switchUnit(
                    request,
                    user,
                    d,
                    typed,
                    "YUAN".equals(form.switchUnit()) ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN,
                    version);
        }
        TableForm.Validation validation = typed.validate();
        boolean addingRow = form.newCode() != null && !form.newCode().isBlank();
        if (!validation.ok() || addingRow) {
            // Show the grid again exactly as typed, with a message next to each bad field.
            HttpStatus status = validation.ok() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY;
            return HttpResponse.status(status)
                    .body(
                            new ModelAndView<>(
                                    "staff/table",
                                    new Model(
                                            page(
                                                    request,
                                                    user,
                                                    d,
                                                    table,
                                                    typed,
                                                    validation.errors(),
                                                    false,
                                                    version,
                                                    null,
                                                    validation.ok()
                                                            ? null
                                                            : "有 "
                                                                    + validation.errors().size()
                                                                    + " 处填写有误，未保存；请按提示改正。"))));
        }
        ScaleCheck.Change change = ScaleCheck.compare(storedTable(d, table), validation.rows());
        if (change != ScaleCheck.Change.NONE && !"1".equals(form.confirmScale())) {
            // Every amount moved by the same factor: the rules cannot see it, the editor must
            // confirm it.
            String factor =
                    change == ScaleCheck.Change.TEN_THOUSAND_TIMES ? "约为原来的 10000 倍" : "约为原来的万分之一";
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(
                            new ModelAndView<>(
                                    "staff/table",
                                    new Model(
                                            page(
                                                    request,
                                                    user,
                                                    d,
                                                    table,
                                                    typed,
                                                    Map.of(),
                                                    true,
                                                    version,
                                                    null,
                                                    "未保存：按"
                                                            + typed.unit().label()
                                                            + "读取，本表金额合计将"
                                                            + factor
                                                            + "，很可能是金额单位不对。请核对上方“金额单位”与表中数字；确认无误时勾选表下方的确认框后再保存。"))));
        }
        try {
            disclosures.replaceTable(id, version, table, typed.unit(), validation.rows());
        } catch (ConcurrentEditException e) {
            return HttpResponse.status(HttpStatus.CONFLICT)
                    .body(
                            new ModelAndView<>(
                                    "staff/table",
                                    new Model(
                                            page(
                                                    request,
                                                    user,
                                                    workflow.document(id),
                                                    table,
                                                    typed,
                                                    Map.of(),
                                                    false,
                                                    null,
                                                    null,
                                                    "您打开页面后，此决算已被他人修改，您的修改未保存（下方仍是您填写的内容）。请在新窗口中核对当前内容后再保存。"))));
        } catch (NotEditableException e) {
            return HttpResponse.status(HttpStatus.CONFLICT)
                    .body(
                            new ModelAndView<>(
                                    "staff/table",
                                    new Model(
                                            page(
                                                    request,
                                                    user,
                                                    d,
                                                    table,
                                                    typed,
                                                    Map.of(),
                                                    false,
                                                    null,
                                                    null,
                                                    e.getMessage()))));
        }
        audit.record(user.username(), "SAVE", id, table.label() + " " + table.title());
        return HttpResponse.seeOther(
                URI.create(
                        "/staff/disclosures/"
                                + id
                                + "/tables/"
                                + table.name()
                                + "?saved=1&unit="
                                + typed.unit().name()));
    }

    /**
     * Fixed fields that broke their rules (an unknown unit, a code to add that is not a code):
     * after the same CSRF and edit-right checks as the save, the grid again as typed with the
     * message by its field.
     */
    @Error(exception = ConstraintViolationException.class)
    HttpResponse<?> invalid(HttpRequest<?> request, ConstraintViolationException e) {
        FormErrors errors = FormErrors.of(e);
        GridFields form = errors.argument(GridFields.class);
        StaffUser user =
                StaffUser.of(request.getUserPrincipal(Authentication.class).orElseThrow(() -> e));
        return refusals.checked(
                request,
                () -> {
                    csrf.verify(request, form.csrfToken());
                    StandardTable table = kind(errors.argument(String.class));
                    DisclosureDocument d = workflow.document(errors.argument(Long.class));
                    workflow.requireEdit(user, d);
                    // The grid as typed, without the row that was to be added (its code is the
                    // refused field).
                    GridFields grid =
                            new GridFields(
                                    form.csrfToken(),
                                    form.version(),
                                    form.rows(),
                                    form.unit(),
                                    null,
                                    null,
                                    null,
                                    form.cells());
                    TableForm typed = TableForm.parse(table, grid, form.postedCells());
                    Map<String, String> fields = new LinkedHashMap<>();
                    errors.fields()
                            .forEach((field, message) -> fields.put("form:" + field, message));
                    fields.put("typed:newCode", form.newCode() == null ? "" : form.newCode());
                    return HttpResponse.status(FormErrors.STATUS)
                            .body(
                                    new ModelAndView<>(
                                            "staff/table",
                                            new Model(
                                                    page(
                                                            request,
                                                            user,
                                                            d,
                                                            table,
                                                            typed,
                                                            fields,
                                                            false,
                                                            form.versionOrStale(),
                                                            null,
                                                            "未保存：请按提示改正。"))));
                });
    }

    /**
     * Shows the typed grid again with its numbers converted to {@code target}; nothing is stored.
     */
    private HttpResponse<?> switchUnit(
            HttpRequest<?> request,
            StaffUser user,
            DisclosureDocument d,
            TableForm typed,
            MoneyUnit target,
            long version) {
        return typed.convertedTo(target)
                .map(
                        converted ->
                                HttpResponse.ok(
                                        new ModelAndView<>(
                                                "staff/table",
                                                new Model(
                                                        page(
                                                                request,
                                                                user,
                                                                d,
                                                                typed.kind(),
                                                                converted,
                                                                Map.of(),
                                                                false,
                                                                version,
                                                                "已将表中金额换算为以"
                                                                        + target.label()
                                                                        + "显示，尚未保存。",
                                                                null)))))
                .orElseGet(
                        () ->
                                HttpResponse.ok(
                                        new ModelAndView<>(
                                                "staff/table",
                                                new Model(
                                                        page(
                                                                request,
                                                                user,
                                                                d,
                                                                typed.kind(),
                                                                typed,
                                                                Map.of(),
                                                                false,
                                                                version,
                                                                NOT_IN_WAN,
                                                                null)))));
    }

    private static final String NOT_IN_WAN = "本表有金额以万元表示会超过两位小数，不能换算为万元，仍以元显示和填写。";

    @Nullable
    private static DisclosureDocument.TableView storedTable(
            DisclosureDocument d, StandardTable table) {
        return d.tables().stream().filter(t -> t.kind() == table).findFirst().orElse(null);
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
            for (StandardTable.Column c : table.columns()) {
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
                cells.add(
                        new Cell(
                                c.key(),
                                "amt_" + i + "_" + c.key(),
                                r.amounts().getOrDefault(c.key(), ""),
                                cellError));
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
                            i, r.code(), r.name(), errors.get("row:" + i + ":code"), cells, notes));
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
                table.title(),
                table.name(),
                version,
                form.unit().name(),
                form.unit().label(),
                other(form.unit()).name(),
                other(form.unit()).label(),
                table.columns().stream().map(c -> new Column(c.key(), c.label())).toList(),
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

    private static StandardTable kind(String kind) {
        try {
            StandardTable table = StandardTable.valueOf(kind);
            if (table == StandardTable.PROSE) {
                throw new NotFoundException("该表不可编辑。");
            }
            return table;
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("没有这张表：" + kind);
        }
    }

    /** 万元 unless a stored amount needs more than 2 decimals there (a table kept in 元). */
    private static MoneyUnit defaultUnit(@Nullable DisclosureDocument.TableView stored) {
        if (stored == null) {
            return MoneyUnit.WAN_YUAN;
        }
        if (stored.sourceMoneyUnit() == MoneyUnit.YUAN) {
            return MoneyUnit.YUAN;
        }
        return exactIn(stored, MoneyUnit.WAN_YUAN) ? MoneyUnit.WAN_YUAN : MoneyUnit.YUAN;
    }

    private static boolean exactIn(DisclosureDocument.TableView stored, MoneyUnit unit) {
        return stored.rows().stream()
                .flatMap(r -> r.amounts().values().stream())
                .allMatch(a -> TableForm.exactIn(a, unit));
    }

    private static MoneyUnit other(MoneyUnit unit) {
        return unit == MoneyUnit.YUAN ? MoneyUnit.WAN_YUAN : MoneyUnit.YUAN;
    }
}
