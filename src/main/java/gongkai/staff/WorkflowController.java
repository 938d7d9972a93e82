package gongkai.staff;

import gongkai.account.CsrfGuard;
import gongkai.account.StaffUser;
import gongkai.audit.AuditAction;
import gongkai.audit.AuditLog;
import gongkai.disclosure.Disclosure;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureStatus;
import gongkai.web.FormErrors;
import gongkai.web.FormRefusals;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import java.net.URI;

/**
 * The steps of a disclosure's life on {@code /staff/disclosures/{id}/…}: submit, return, publish,
 * withdraw, deleting a draft never submitted, and the correction of a published one (a new draft
 * revision). Who may take which step is WorkflowService's to decide; a refusal shows the
 * disclosure's page with its reason and what was typed, a success the step's own message.
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
    private final DraftRemoval removal;
    private final FormRefusals refusals;

    WorkflowController(
            WorkflowService workflow,
            DraftFactory drafts,
            AuditLog audit,
            CsrfGuard csrf,
            EditPages pages,
            DraftRemoval removal,
            FormRefusals refusals) {
        this.workflow = workflow;
        this.drafts = drafts;
        this.audit = audit;
        this.csrf = csrf;
        this.pages = pages;
        this.removal = removal;
        this.refusals = refusals;
    }

    @Post(value = "/submit", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> submit(
            @PathVariable long id,
            @Valid @Body StaffViews.SubmitForm form,
            HttpRequest<?> request,
            Authentication authentication) {
        csrf.verify(request, form.csrfToken());
        StaffUser user = StaffUser.of(authentication);
        // A refused submit shows the explanation as typed: it is often long and written with care.
        return step(
                request,
                user,
                id,
                Done.SUBMITTED,
                EditPages.Typed.explanation(form.explanation(), null),
                () -> workflow.submit(user, id, form.explanation()));
    }

    /** The explanation was too long: the page again, with the text as typed and the message. */
    @Error(exception = ConstraintViolationException.class)
    HttpResponse<?> invalid(HttpRequest<?> request, ConstraintViolationException e) {
        FormErrors errors = FormErrors.of(e);
        StaffUser user =
                StaffUser.of(request.getUserPrincipal(Authentication.class).orElseThrow(() -> e));
        long id = errors.argument(Long.class);
        StaffViews.SubmitForm form = errors.argument(StaffViews.SubmitForm.class);
        return refusals.checked(
                request,
                () -> {
                    csrf.verify(request, form.csrfToken());
                    workflow.requireEdit(user, workflow.document(id));
                    return pages.render(
                            request,
                            user,
                            id,
                            null,
                            "未提交：请按提示修改说明。",
                            null,
                            EditPages.Typed.explanation(
                                    form.explanation(), errors.get("explanation")),
                            FormErrors.STATUS);
                });
    }

    @Post(value = "/publish", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> publish(
            @PathVariable long id,
            @Valid @Body StaffViews.PublishForm form,
            HttpRequest<?> request,
            Authentication authentication) {
        csrf.verify(request, form.csrfToken());
        StaffUser user = StaffUser.of(authentication);
        return step(
                request,
                user,
                id,
                Done.PUBLISHED,
                EditPages.Typed.NONE,
                () -> workflow.publish(user, id, "1".equals(form.confirm())));
    }

    /** Deletes a draft never submitted; the editor ticks a confirmation box first. */
    @Post(value = "/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(
            @PathVariable long id,
            @Valid @Body StaffViews.DeleteForm form,
            HttpRequest<?> request,
            Authentication authentication) {
        csrf.verify(request, form.csrfToken());
        StaffUser user = StaffUser.of(authentication);
        try {
            removal.discard(user, id, "1".equals(form.confirm()));
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
        return HttpResponse.seeOther(URI.create("/staff?done=" + Done.DELETED.param()));
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
        return step(
                request,
                user,
                id,
                Done.CONFIRMED,
                EditPages.Typed.NONE,
                () -> workflow.confirmUnreadTables(user, id));
    }

    @Post(value = "/return", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> returnToEditor(
            @PathVariable long id,
            @Body StaffViews.ReturnForm form,
            HttpRequest<?> request,
            Authentication authentication) {
        csrf.verify(request, form.csrfToken());
        StaffUser user = StaffUser.of(authentication);
        return step(
                request,
                user,
                id,
                Done.RETURNED,
                EditPages.Typed.NONE,
                () -> workflow.returnToEditor(user, id, form.comment()));
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
        return step(
                request,
                user,
                id,
                Done.WITHDRAWN,
                EditPages.Typed.NONE,
                () -> workflow.withdraw(user, id, form.reason()));
    }

    /**
     * Runs one workflow step: back to the page with the step's own message when done, or the page
     * with the refusal's reason, what was typed, and a message next to each field to fill in.
     */
    private HttpResponse<?> step(
            HttpRequest<?> request,
            StaffUser user,
            long id,
            Done done,
            EditPages.Typed typed,
            Runnable step) {
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
                    typed.withProfileErrors(e.fields()),
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return HttpResponse.seeOther(URI.create(done.to(id)));
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
        return HttpResponse.seeOther(URI.create(Done.CORRECTED.to(draft.id())));
    }
}
