package gongkai.staff.imports;

import gongkai.account.CsrfGuard;
import gongkai.account.Role;
import gongkai.account.StaffUser;
import gongkai.audit.AuditAction;
import gongkai.audit.AuditLog;
import gongkai.disclosure.DisclosureDocument;
import gongkai.importer.ImportService;
import gongkai.importer.ParseResult;
import gongkai.importer.UploadCheck;
import gongkai.importer.report.ImportReport;
import gongkai.staff.WorkflowService;
import gongkai.web.ForbiddenException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The staff import form: a unit editor uploads the unit's own document (PDF, workbook, Word or
 * text), sees table by table what was recognised, and only then confirms; the draft is stored and
 * its tables open in the grid editor. {@code POST /staff/imports} stores at once, without preview.
 */
// A page for people, not part of the open API.
@Hidden
@Controller("/staff")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ImportPageController {

    private final AuditLog audit;
    private final ImportService imports;
    private final CsrfGuard csrf;
    private final PendingUploads uploads;
    private final WorkflowService workflow;

    ImportPageController(
            AuditLog audit,
            ImportService imports,
            CsrfGuard csrf,
            PendingUploads uploads,
            WorkflowService workflow) {
        this.audit = audit;
        this.imports = imports;
        this.csrf = csrf;
        this.uploads = uploads;
        this.workflow = workflow;
    }

    /** A stored table, linked to its grid editor. */
    @Serdeable
    record TableLink(String label, String title, String href) {}

    @Serdeable
    record ImportModel(ImportReport report, @Nullable String draftHref, List<TableLink> tables) {}

    /**
     * Starts a draft from the unit's own document through the importer; shows the import report.
     */
    @Post(value = "/imports", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> importDocument(
            CompletedFileUpload file,
            @Nullable String csrfToken,
            HttpRequest<?> request,
            Authentication authentication)
            throws IOException {
        csrf.verify(request, csrfToken);
        StaffUser user = editor(authentication);
        String refusal = UploadCheck.problem(file.getFilename(), file.getSize());
        if (refusal != null) {
            return refused(UploadCheck.refused(file.getFilename(), refusal));
        }
        return store(user, file.getFilename(), file.getBytes());
    }

    /** Reads and recognises the upload without storing it; keeps the bytes for the confirmation. */
    @Post(value = "/imports/preview", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> preview(
            CompletedFileUpload file,
            @Nullable String csrfToken,
            HttpRequest<?> request,
            Authentication authentication)
            throws IOException {
        csrf.verify(request, csrfToken);
        StaffUser user = editor(authentication);
        String session = csrf.token(request);
        String refusal = UploadCheck.problem(file.getFilename(), file.getSize());
        byte[] bytes = refusal == null ? file.getBytes() : new byte[0];
        ParseResult parsed =
                refusal != null
                        ? new ParseResult(null, UploadCheck.refused(file.getFilename(), refusal))
                        : imports.parse(file.getFilename(), bytes);
        String token =
                parsed.ok()
                        ? uploads.keep(session, user.username(), file.getFilename(), bytes)
                        : null;
        return HttpResponse.status(parsed.ok() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
                .body(
                        new ModelAndView<>(
                                "staff/import-preview", ImportPreview.of(parsed, token, session)));
    }

    /** Stores the previewed upload of this session as a draft. */
    @Post(value = "/imports/confirm", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> confirm(
            @Nullable String uploadToken,
            @Nullable String csrfToken,
            HttpRequest<?> request,
            Authentication authentication) {
        csrf.verify(request, csrfToken);
        StaffUser user = editor(authentication);
        Optional<PendingUploads.Upload> upload =
                uploads.take(uploadToken, csrf.token(request), user.username());
        if (upload.isEmpty()) {
            return refused(
                    UploadCheck.refused(null, "预览已过期（超过 30 分钟）、已经导入过，或不属于当前登录会话；请重新上传文件。未保存任何内容。"));
        }
        return store(user, upload.get().fileName(), upload.get().bytes());
    }

    private static StaffUser editor(Authentication authentication) {
        StaffUser user = StaffUser.of(authentication);
        if (user.role() != Role.UNIT_EDITOR) {
            throw new ForbiddenException("只有单位填报员可以导入本单位的决算。");
        }
        return user;
    }

    private static HttpResponse<?> refused(ImportReport report) {
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(new ModelAndView<>("staff/import", new ImportModel(report, null, List.of())));
    }

    private HttpResponse<?> store(StaffUser user, String fileName, byte[] bytes) {
        ImportReport report = imports.importDocument(fileName, bytes, false, user.unitId());
        Long id = report.disclosureId();
        if (id == null) {
            return refused(report);
        }
        audit.record(user.username(), AuditAction.IMPORT, id, fileName);
        DisclosureDocument d = workflow.visible(user, id);
        List<TableLink> tables =
                d.tables().stream()
                        .map(
                                t ->
                                        new TableLink(
                                                t.code(),
                                                t.title(),
                                                "/staff/disclosures/"
                                                        + id
                                                        + "/tables/"
                                                        + t.kind().name()))
                        .toList();
        return HttpResponse.ok(
                new ModelAndView<>(
                        "staff/import",
                        new ImportModel(report, "/staff/disclosures/" + id, tables)));
    }
}
