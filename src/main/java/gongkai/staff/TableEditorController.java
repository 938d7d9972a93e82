package gongkai.staff;

import io.swagger.v3.oas.annotations.Hidden;
import gongkai.account.CsrfGuard;
import gongkai.account.StaffUser;
import gongkai.audit.AuditLog;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureService;
import gongkai.disclosure.DisclosureStatus;
import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.StandardTable;
import gongkai.validation.Finding;
import gongkai.web.NotFoundException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
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

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code /staff/disclosures/{id}/tables/{kind}}: one standard table as an editable grid. Amounts are
 * typed in 万元 or 元 as the editor chooses and stored exactly in 元; every cell is validated and
 * the consistency findings of the stored table appear next to the cells they concern.
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

    TableEditorController(WorkflowService workflow, DisclosureService disclosures, AuditLog audit, CsrfGuard csrf) {
        this.workflow = workflow;
        this.disclosures = disclosures;
        this.audit = audit;
        this.csrf = csrf;
    }

    @Serdeable
    record Cell(String key, String field, String value, @Nullable String error) {
    }

    @Serdeable
    record GridRow(int index, String code, String name, @Nullable String codeError, List<Cell> cells, List<String> notes) {
    }

    @Serdeable
    record Column(String key, String label) {
    }

    @Serdeable
    record TablePage(long id, String heading, String label, String title, String kind, long version, String unit,
                     List<Column> columns, List<GridRow> rows, int rowCount, List<String> tableNotes, boolean editable,
                     @Nullable String message, @Nullable String error, String csrfToken, String backHref) {
    }

    @Serdeable
    record Model(TablePage page) {
    }

    @Get("/{kind}")
    HttpResponse<?> show(@PathVariable long id, @PathVariable String kind, @Nullable @QueryValue String saved,
                         @Nullable @QueryValue String unit, HttpRequest<?> request, Authentication authentication) {
        StandardTable table = kind(kind);
        StaffUser user = StaffUser.of(authentication);
        DisclosureDocument d = workflow.visible(user, id);
        DisclosureDocument.TableView stored = d.tables().stream().filter(t -> t.kind() == table).findFirst().orElse(null);
        MoneyUnit display = unit != null ? ("YUAN".equals(unit) ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN) : defaultUnit(stored);
        List<TableForm.RowInput> rows = new ArrayList<>();
        if (stored != null) {
            for (DisclosureDocument.RowView r : stored.rows()) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (StandardTable.Column c : table.columns()) {
                    BigDecimal yuan = r.amounts().get(c.key());
                    cells.put(c.key(), yuan == null ? "" : inUnit(yuan, display));
                }
                rows.add(new TableForm.RowInput(r.kind() == gongkai.disclosure.LineItem.RowKind.NAMED ? "" : r.code(), r.name(), cells));
            }
        }
        return HttpResponse.ok(new ModelAndView<>("staff/table", new Model(page(request, user, d, table,
                new TableForm(table, display, rows), Map.of(), saved == null ? null : "已保存。", null))));
    }

    @Post(value = "/{kind}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(@PathVariable long id, @PathVariable String kind, @Body Map<String, String> form,
                         HttpRequest<?> request, Authentication authentication) {
        csrf.verify(request, form.get("csrfToken"));
        StandardTable table = kind(kind);
        DisclosureDocument d = workflow.document(id);
        StaffUser user = StaffUser.of(authentication);
        workflow.requireEdit(user, d);
        TableForm typed = TableForm.parse(table, form);
        TableForm.Validation validation = typed.validate();
        boolean addingRow = !form.getOrDefault("newCode", "").isBlank();
        if (!validation.ok() || addingRow) {
            // Show the grid again exactly as typed, with a message next to each bad field.
            HttpStatus status = validation.ok() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY;
            return HttpResponse.status(status).body(new ModelAndView<>("staff/table", new Model(page(request, user, d, table,
                    typed, validation.errors(), null, validation.ok() ? null : "有 " + validation.errors().size() + " 处填写有误，未保存；请按提示改正。"))));
        }
        long version;
        try {
            version = Long.parseLong(form.getOrDefault("version", "-1"));
        } catch (NumberFormatException e) {
            version = -1;
        }
        try {
            disclosures.replaceTable(id, version, table, typed.unit(), validation.rows());
        } catch (DisclosureService.ConcurrentEditException e) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(new ModelAndView<>("staff/table", new Model(page(request, user,
                    workflow.document(id), table, typed, Map.of(), null,
                    "您打开页面后，此决算已被他人修改，您的修改未保存（下方仍是您填写的内容）。请在新窗口中核对当前内容后再保存。"))));
        } catch (DisclosureService.NotEditableException e) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(new ModelAndView<>("staff/table", new Model(page(request, user, d,
                    table, typed, Map.of(), null, e.getMessage()))));
        }
        audit.record(user.username(), "SAVE", id, table.label() + " " + table.title());
        return HttpResponse.seeOther(URI.create("/staff/disclosures/" + id + "/tables/" + table.name() + "?saved=1&unit=" + typed.unit().name()));
    }

    private TablePage page(HttpRequest<?> request, StaffUser user, DisclosureDocument d, StandardTable table, TableForm form,
                           Map<String, String> errors, @Nullable String message, @Nullable String error) {
        List<Finding> findings = workflow.findings(d).stream()
                .filter(f -> table.label().equals(f.location().table())).toList();
        List<String> tableNotes = new ArrayList<>();
        List<GridRow> rows = new ArrayList<>();
        for (int i = 0; i < form.rows().size(); i++) {
            TableForm.RowInput r = form.rows().get(i);
            String rowKey = r.code().isEmpty() ? r.name() : r.code();
            List<Cell> cells = new ArrayList<>();
            for (StandardTable.Column c : table.columns()) {
                String cellError = errors.get("row:" + i + ":" + c.key());
                if (cellError == null) {
                    cellError = findings.stream()
                            .filter(f -> rowKey.equals(f.location().rowCode()) && c.key().equals(f.location().column()))
                            .map(Finding::message).findFirst().orElse(null);
                }
                cells.add(new Cell(c.key(), "amt_" + i + "_" + c.key(), r.amounts().getOrDefault(c.key(), ""), cellError));
            }
            List<String> notes = findings.stream()
                    .filter(f -> rowKey.equals(f.location().rowCode()) && f.location().column() == null)
                    .map(Finding::message).toList();
            rows.add(new GridRow(i, r.code(), r.name(), errors.get("row:" + i + ":code"), cells, notes));
        }
        for (Finding f : findings) {
            boolean placed = f.location().rowCode() != null
                    && form.rows().stream().anyMatch(r -> f.location().rowCode().equals(r.code().isEmpty() ? r.name() : r.code()));
            if (!placed) {
                tableNotes.add(f.message());
            }
        }
        boolean editable = Scope.canEdit(user, workflow.unitOf(d))
                && (d.status() == DisclosureStatus.DRAFT || d.status() == DisclosureStatus.RETURNED);
        long version = disclosures.byId(d.id()).map(x -> Objects.requireNonNullElse(x.version(), 0L)).orElse(0L);
        return new TablePage(d.id(), d.unit().name() + " " + d.fiscalYear() + "年度", table.label(), table.title(), table.name(),
                version, form.unit().name(), table.columns().stream().map(c -> new Column(c.key(), c.label())).toList(),
                rows, rows.size(), tableNotes, editable, message, error, csrf.token(request), "/staff/disclosures/" + d.id());
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
        boolean exactInWan = stored.rows().stream().flatMap(r -> r.amounts().values().stream())
                .allMatch(a -> a.movePointLeft(4).stripTrailingZeros().scale() <= 2);
        return exactInWan ? MoneyUnit.WAN_YUAN : MoneyUnit.YUAN;
    }

    private static String inUnit(BigDecimal yuan, MoneyUnit unit) {
        BigDecimal value = unit == MoneyUnit.YUAN ? yuan : yuan.movePointLeft(4);
        return value.setScale(Math.max(2, value.stripTrailingZeros().scale()), java.math.RoundingMode.UNNECESSARY).toPlainString();
    }
}
