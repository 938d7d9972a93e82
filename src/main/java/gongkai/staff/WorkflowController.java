package gongkai.staff;

import gongkai.account.CsrfGuard;
import gongkai.account.StaffUser;
import gongkai.audit.AuditAction;
import gongkai.audit.AuditLog;
import gongkai.disclosure.Disclosure;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureStatus;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;

/**
 * The steps of a disclosure's life on {@code /staff/disclosures/{id}/…}: submit, return, publish,
 * withdraw, and the correction of a published one (a new draft revision). Who may take which step
 * is WorkflowService's to decide; a refusal shows the disclosure's page with its reason.
 */
@Hidden // a page for people, not part of the open API
@Controller("/staff/disclosures/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class WorkflowController {

    private final WorkflowService workflow;
    private final DraftFactory drafts;
    private final AuditLog audit;
    private final CsrfGuard csrf;
    private final EditPages pages;

    WorkflowController(
            WorkflowService workflow,
            DraftFactory drafts,
            AuditLog audit,
            CsrfGuard csrf,
            EditPages pages) {
        this.workflow = workflow;
        this.drafts = drafts;
        this.audit = audit;
        this.csrf = csrf;
        this.pages = pages;
    }

    @Post(value = "/submit", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> submit(
            @PathVariable long id,
            @Body StaffViews.SubmitForm form,
            HttpRequest<?> request,
            Authentication authentication) {
        csrf.verify(request, form.csrfToken());
        StaffUser user = StaffUser.of(authentication);
        return step(request, user, id, () -> workflow.submit(user, id, form.explanation()));
    }

    @Post(value = "/publish", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> publish(
            @PathVariable long id,
            @Body StaffViews.TokenForm form,
            HttpRequest<?> request,
            Authentication authentication) {
        csrf.verify(request, form.csrfToken());
        StaffUser user = StaffUser.of(authentication);
        return step(request, user, id, () -> workflow.publish(user, id));
    }

    /** Confirms the tables the import could not read, so that the revision may be published. */
    @Post(value = "/confirm-unread", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> confirmUnread(
            @PathVariable long id,
            @Body StaffViews.TokenForm form,
            HttpRequest<?> request,
            Authentication authentication) {
        csrf.verify(request, form.csrfToken());
        StaffUser user = StaffUser.of(authentication);
        return step(request, user, id, () -> workflow.confirmUnreadTables(user, id));
    }

    @Post(value = "/return", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> returnToEditor(
            @PathVariable long id,
            @Body StaffViews.ReturnForm form,
            HttpRequest<?> request,
            Authentication authentication) {
        csrf.verify(request, form.csrfToken());
        StaffUser user = StaffUser.of(authentication);
        return step(request, user, id, () -> workflow.returnToEditor(user, id, form.comment()));
    }

    /** Takes a publication off the public site (an administrator's decision, with its reason). */
    @Post(value = "/withdraw", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> withdraw(
            @PathVariable long id,
            @Body StaffViews.WithdrawForm form,
            HttpRequest<?> request,
            Authentication authentication) {
        csrf.verify(request, form.csrfToken());
        StaffUser user = StaffUser.of(authentication);
        return step(request, user, id, () -> workflow.withdraw(user, id, form.reason()));
    }

    /**
     * Runs one workflow step: back to the page when done, or the page with the refusal's reason.
     */
    private HttpResponse<?> step(HttpRequest<?> request, StaffUser user, long id, Runnable step) {
        try {
            step.run();
        } catch (WorkflowService.RefusedException e) {
            return pages.render(
                    request,
                    user,
                    id,
                    null,
                    e.getMessage(),
                    null,
                    EditPages.Typed.NONE,
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return HttpResponse.seeOther(URI.create("/staff/disclosures/" + id + "?saved=1"));
    }

    /**
     * Starts a correction of a published disclosure: a new draft revision carrying the correction
     * note.
     */
    @Post(value = "/correct", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> correct(
            @PathVariable long id,
            @Body StaffViews.CorrectionForm form,
            HttpRequest<?> request,
            Authentication authentication) {
        csrf.verify(request, form.csrfToken());
        StaffUser user = StaffUser.of(authentication);
        DisclosureDocument d = workflow.document(id);
        workflow.requireEdit(user, d);
        if (d.status() != DisclosureStatus.PUBLISHED) {
            return pages.render(
                    request,
                    user,
                    id,
                    null,
                    "只有已公开的决算可以更正。",
                    null,
                    EditPages.Typed.NONE,
                    HttpStatus.CONFLICT);
        }
        if (form.note() == null || form.note().isBlank()) {
            return pages.render(
                    request,
                    user,
                    id,
                    null,
                    "请写明更正说明（更正了什么、为什么）。",
                    null,
                    EditPages.Typed.NONE,
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        Disclosure draft = drafts.correction(d, form.note().strip());
        audit.record(
                user.username(),
                AuditAction.CORRECT,
                draft.id(),
                "更正第 " + d.revision() + " 版：" + form.note().strip());
        return HttpResponse.seeOther(URI.create("/staff/disclosures/" + draft.id()));
    }
}
