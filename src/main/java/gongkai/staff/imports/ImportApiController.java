package gongkai.staff.imports;

import gongkai.account.StaffUser;
import gongkai.audit.AuditAction;
import gongkai.audit.AuditLog;
import gongkai.importer.ImportService;
import gongkai.importer.UploadCheck;
import gongkai.importer.report.ImportReport;
import gongkai.web.ApiError;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;

/**
 * {@code POST /api/imports}: upload a document, get the import report as JSON. Staff only: a unit
 * editor imports drafts of its own unit; an administrator may import any unit and publish at once
 * (for loading reports that are already public); {@code ?dryRun=true} answers the report of what
 * would be imported and stores nothing. It lives with the other staff handlers, so the importer
 * does not depend on accounts (issue #16).
 */
// Staff-only and session-authenticated, so not part of the public open API.
@Hidden
@Controller("/api/imports")
@Secured({"UNIT_EDITOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class ImportApiController {

    private final ImportService imports;
    private final AuditLog audit;

    ImportApiController(ImportService imports, AuditLog audit) {
        this.imports = imports;
        this.audit = audit;
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.APPLICATION_JSON)
    HttpResponse<?> upload(
            @Part("file") CompletedFileUpload file,
            @QueryValue(defaultValue = "false") boolean publish,
            @QueryValue(defaultValue = "false") boolean dryRun,
            Authentication authentication)
            throws IOException {
        StaffUser user = StaffUser.of(authentication);
        if (publish && !user.isAdmin()) {
            return HttpResponse.status(HttpStatus.FORBIDDEN)
                    .body(new ApiError(403, "只有管理员可以直接公开导入的决算；请提交审核。"));
        }
        String refusal = UploadCheck.problem(file.getFilename(), file.getSize());
        if (refusal != null) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(UploadCheck.refused(file.getFilename(), refusal));
        }
        if (dryRun) {
            // what an import would recognise, stored nowhere: the same report, 200 or 422
            ImportReport parsed = imports.parse(file.getFilename(), file.getBytes()).report();
            return HttpResponse.status(
                            parsed.failed() ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK)
                    .body(parsed);
        }
        ImportReport report =
                imports.importDocument(
                        file.getFilename(),
                        file.getBytes(),
                        publish,
                        user.isAdmin() ? null : user.unitId());
        if (report.disclosureId() != null) {
            // The same trail as the staff form's import; publishing without review is its own
            // action.
            audit.record(
                    user.username(),
                    publish ? AuditAction.IMPORT_PUBLISHED : AuditAction.IMPORT,
                    report.disclosureId(),
                    "接口导入：" + file.getFilename());
        }
        return HttpResponse.status(
                        report.failed() ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.CREATED)
                .body(report);
    }
}
