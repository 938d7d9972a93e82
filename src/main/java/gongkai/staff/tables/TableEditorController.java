package gongkai.staff.tables;

import gongkai.account.CsrfGuard;
import gongkai.account.StaffUser;
import gongkai.audit.AuditAction;
import gongkai.audit.AuditLog;
import gongkai.disclosure.ConcurrentEditException;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureService;
import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.NotEditableException;
import gongkai.disclosure.StandardTable;
import gongkai.staff.WorkflowService;
import gongkai.web.FormErrors;
import gongkai.web.FormRefusals;
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
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

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
    private final TableGridPage pages;

    TableEditorController(
            WorkflowService workflow,
            DisclosureService disclosures,
            AuditLog audit,
            CsrfGuard csrf,
            FormRefusals refusals,
            TableGridPage pages) {
        this.refusals = refusals;
        this.workflow = workflow;
        this.disclosures = disclosures;
        this.audit = audit;
        this.csrf = csrf;
        this.pages = pages;
    }

    @Get("/{kind}")
    HttpResponse<?> show(
            @PathVariable long id,
            @PathVariable String kind,
            @Nullable @QueryValue String saved,
            @Nullable @QueryValue String unit,
            HttpRequest<?> request,
            Authentication authentication) {
        StandardTable table = TableUnits.kind(kind);
        StaffUser user = StaffUser.of(authentication);
        DisclosureDocument d = workflow.visible(user, id);
        TableUnits.Opened opened =
                TableUnits.open(
                        table,
                        table.columns(d.kind()),
                        TableUnits.storedTable(d, table),
                        unit,
                        saved);
        TableGridPage.Target t = new TableGridPage.Target(request, user, d, table);
        return HttpResponse.ok(
                pages.view(t, opened.form(), Map.of(), false, null, opened.notice(), null));
    }

    @Post(value = "/{kind}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(
            @PathVariable long id,
            @PathVariable String kind,
            @Valid @Body GridFields form,
            HttpRequest<?> request,
            Authentication authentication) {
        csrf.verify(request, form.csrfToken());
        StandardTable table = TableUnits.kind(kind);
        DisclosureDocument d = workflow.document(id);
        StaffUser user = StaffUser.of(authentication);
        workflow.requireEdit(user, d);
        TableGridPage.Target t = new TableGridPage.Target(request, user, d, table);
        TableForm typed = TableForm.parse(table, table.columns(d.kind()), form, form.postedCells());
        long version = form.versionOrStale();
        if (form.switchUnit() != null) {
            MoneyUnit target =
                    "YUAN".equals(form.switchUnit()) ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN;
            return switchUnit(t, typed, target, version);
        }
        TableForm.Validation validation = typed.validate();
        boolean addingRow = form.newCode() != null && !form.newCode().isBlank();
        if (!validation.ok() || addingRow) {
            // Show the grid again exactly as typed, with a message next to each bad field.
            HttpStatus status = validation.ok() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY;
            String error =
                    validation.ok()
                            ? null
                            : "有 " + validation.errors().size() + " 处填写有误，未保存；请按提示改正。";
            return HttpResponse.status(status)
                    .body(pages.view(t, typed, validation.errors(), false, version, null, error));
        }
        ScaleCheck.Change change =
                ScaleCheck.compare(TableUnits.storedTable(d, table), validation.rows());
        if (change != ScaleCheck.Change.NONE && !"1".equals(form.confirmScale())) {
            // Every amount moved by the same factor: the rules cannot see it, the editor must
            // confirm it.
            String factor =
                    change == ScaleCheck.Change.TEN_THOUSAND_TIMES ? "约为原来的 10000 倍" : "约为原来的万分之一";
            String error =
                    "未保存：按"
                            + typed.unit().label()
                            + "读取，本表金额合计将"
                            + factor
                            + "，很可能是金额单位不对。请核对上方“金额单位”与表中数字；确认无误时勾选表下方的确认框后再保存。";
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(pages.view(t, typed, Map.of(), true, version, null, error));
        }
        try {
            disclosures.replaceTable(id, version, table, typed.unit(), validation.rows());
        } catch (ConcurrentEditException e) {
            TableGridPage.Target current =
                    new TableGridPage.Target(request, user, workflow.document(id), table);
            return HttpResponse.status(HttpStatus.CONFLICT)
                    .body(
                            pages.view(
                                    current,
                                    typed,
                                    Map.of(),
                                    false,
                                    null,
                                    null,
                                    "您打开页面后，此决算已被他人修改，您的修改未保存（下方仍是您填写的内容）。请在新窗口中核对当前内容后再保存。"));
        } catch (NotEditableException e) {
            return HttpResponse.status(HttpStatus.CONFLICT)
                    .body(pages.view(t, typed, Map.of(), false, null, null, e.getMessage()));
        }
        audit.record(user.username(), AuditAction.SAVE, id, table.label() + " " + table.title());
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
                    StandardTable table = TableUnits.kind(errors.argument(String.class));
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
                    TableForm typed =
                            TableForm.parse(
                                    table, table.columns(d.kind()), grid, form.postedCells());
                    Map<String, String> fields = new LinkedHashMap<>();
                    errors.fields()
                            .forEach((field, message) -> fields.put("form:" + field, message));
                    fields.put("typed:newCode", form.newCode() == null ? "" : form.newCode());
                    TableGridPage.Target t = new TableGridPage.Target(request, user, d, table);
                    return HttpResponse.status(FormErrors.STATUS)
                            .body(
                                    pages.view(
                                            t,
                                            typed,
                                            fields,
                                            false,
                                            form.versionOrStale(),
                                            null,
                                            "未保存：请按提示改正。"));
                });
    }

    /**
     * Shows the typed grid again with its numbers converted to {@code target}; nothing is stored.
     */
    private HttpResponse<?> switchUnit(
            TableGridPage.Target t, TableForm typed, MoneyUnit target, long version) {
        return typed.convertedTo(target)
                .map(
                        converted ->
                                HttpResponse.ok(
                                        pages.view(
                                                t,
                                                converted,
                                                Map.of(),
                                                false,
                                                version,
                                                "已将表中金额换算为以" + target.label() + "显示，尚未保存。",
                                                null)))
                .orElseGet(
                        () ->
                                HttpResponse.ok(
                                        pages.view(
                                                t,
                                                typed,
                                                Map.of(),
                                                false,
                                                version,
                                                TableUnits.NOT_IN_WAN,
                                                null)));
    }
}
