package gongkai.staff;

import gongkai.account.CsrfGuard;
import gongkai.account.Role;
import gongkai.account.StaffUser;
import gongkai.audit.AuditAction;
import gongkai.audit.AuditLog;
import gongkai.importer.ImportReport;
import gongkai.importer.ImportService;
import gongkai.importer.UploadCheck;
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

/** The staff import form's target: a unit editor starts a draft from the unit's own document. */
// A page for people, not part of the open API.
@Hidden
@Controller("/staff")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ImportPageController {

    private final AuditLog audit;
    private final ImportService imports;
    private final CsrfGuard csrf;

    ImportPageController(AuditLog audit, ImportService imports, CsrfGuard csrf) {
        this.audit = audit;
        this.imports = imports;
        this.csrf = csrf;
    }

    @Serdeable
    record ImportModel(ImportReport report, @Nullable String draftHref) {}

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
        StaffUser user = StaffUser.of(authentication);
        if (user.role() != Role.UNIT_EDITOR) {
            throw new ForbiddenException("只有单位填报员可以导入本单位的决算。");
        }
        String refusal = UploadCheck.problem(file.getFilename(), file.getSize());
        if (refusal != null) {
            ImportReport refused = UploadCheck.refused(file.getFilename(), refusal);
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(new ModelAndView<>("staff/import", new ImportModel(refused, null)));
        }
        ImportReport report =
                imports.importDocument(file.getFilename(), file.getBytes(), false, user.unitId());
        if (report.disclosureId() != null) {
            audit.record(
                    user.username(), AuditAction.IMPORT, report.disclosureId(), file.getFilename());
        }
        return HttpResponse.status(
                        report.failed() ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK)
                .body(
                        new ModelAndView<>(
                                "staff/import",
                                new ImportModel(
                                        report,
                                        report.disclosureId() == null
                                                ? null
                                                : "/staff/disclosures/" + report.disclosureId())));
    }
}
