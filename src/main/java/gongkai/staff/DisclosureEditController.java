package gongkai.staff;

import gongkai.account.CsrfGuard;
import gongkai.account.StaffUser;
import gongkai.audit.AuditAction;
import gongkai.audit.AuditLog;
import gongkai.disclosure.ConcurrentEditException;
import gongkai.disclosure.Disclosure;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureService;
import gongkai.disclosure.NotEditableException;
import gongkai.disclosure.TextLimits;
import gongkai.web.BadRequestException;
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
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * {@code /staff/disclosures/{id}}: one disclosure's page, and saving its profile and its sections.
 * Every save carries the version the editor loaded, so a save over someone else's is refused with
 * both versions shown. Ids come from the path.
 */
@Hidden // a page for people, not part of the open API
@Controller("/staff/disclosures/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class DisclosureEditController {

    /** A section longer than this is a pasted document: the form and the importer refuse it. */
    static final int MAX_SECTION_CHARS = TextLimits.SECTION_BODY_CHARS;

    private static final String CONCURRENT = "您打开页面后，此决算已被他人修改，您的修改未保存。请核对后重新提交。";

    private final DisclosureService disclosures;
    private final WorkflowService workflow;
    private final AuditLog audit;
    private final CsrfGuard csrf;
    private final EditPages pages;
    private final FormRefusals refusals;

    DisclosureEditController(
            DisclosureService disclosures,
            WorkflowService workflow,
            AuditLog audit,
            CsrfGuard csrf,
            EditPages pages,
            FormRefusals refusals) {
        this.disclosures = disclosures;
        this.workflow = workflow;
        this.audit = audit;
        this.csrf = csrf;
        this.pages = pages;
        this.refusals = refusals;
    }

    @Get
    @View("staff/disclosure")
    @Produces(MediaType.TEXT_HTML)
    StaffViews.EditModel show(
            @PathVariable long id,
            @Nullable @QueryValue String saved,
            @Nullable @QueryValue String done,
            HttpRequest<?> request,
            Authentication authentication) {
        StaffUser user = StaffUser.of(authentication);
        String message = done != null ? Done.messageOf(done) : saved == null ? null : "已保存。";
        return pages.model(
                pages.page(request, user, id, message, null, null, EditPages.Typed.NONE));
    }

    @Post(value = "/profile", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> saveProfile(
            @PathVariable long id,
            @Valid @Body StaffViews.ProfileForm form,
            HttpRequest<?> request,
            Authentication authentication) {
        csrf.verify(request, form.csrfToken());
        StaffUser user = StaffUser.of(authentication);
        workflow.requireEdit(user, workflow.document(id));
        LocalDate reportDate = null;
        if (form.reportDate() != null && !form.reportDate().isBlank()) {
            try {
                reportDate = LocalDate.parse(form.reportDate().strip());
            } catch (DateTimeParseException e) { // well-formed but no such day, e.g. 2024-02-30
                return pages.render(
                        request,
                        user,
                        id,
                        null,
                        null,
                        null,
                        EditPages.Typed.profile(form, Map.of("reportDate", StaffViews.DATE)),
                        FormErrors.STATUS);
            }
        }
        Disclosure.Profile profile =
                new Disclosure.Profile(
                        clean(form.headOfUnit()),
                        clean(form.headOfFinance()),
                        clean(form.preparer()),
                        reportDate,
                        clean(form.contactPerson()),
                        clean(form.contactPhone()));
        try {
            disclosures.updateProfile(id, form.version(), profile);
        } catch (ConcurrentEditException e) {
            Disclosure.Profile theirs = e.current().profile();
            return pages.render(
                    request,
                    user,
                    id,
                    null,
                    CONCURRENT,
                    new StaffViews.Conflict(describe(profile), describe(theirs)),
                    EditPages.Typed.NONE,
                    HttpStatus.CONFLICT);
        } catch (NotEditableException e) {
            return pages.render(
                    request,
                    user,
                    id,
                    null,
                    e.getMessage(),
                    null,
                    EditPages.Typed.NONE,
                    HttpStatus.CONFLICT);
        }
        audit.record(user.username(), AuditAction.SAVE, id, "基本信息");
        return HttpResponse.seeOther(URI.create(Done.PROFILE.to(id) + "#profile-title"));
    }

    @Post(value = "/sections/{position}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> saveSection(
            @PathVariable long id,
            @PathVariable int position,
            @Valid @Body StaffViews.SectionSave form,
            HttpRequest<?> request,
            Authentication authentication) {
        csrf.verify(request, form.csrfToken());
        StaffUser user = StaffUser.of(authentication);
        DisclosureDocument d = editable(user, id, position);
        String title =
                form.title() == null || form.title().isBlank()
                        ? d.sections().get(position).title()
                        : form.title().strip();
        String body = form.body() == null ? "" : form.body().replace("\r\n", "\n");
        try {
            disclosures.updateSection(id, form.version(), position, title, body);
        } catch (ConcurrentEditException e) {
            String theirs = workflow.document(id).sections().get(position).body();
            return pages.render(
                    request,
                    user,
                    id,
                    null,
                    CONCURRENT,
                    new StaffViews.Conflict(body, theirs),
                    EditPages.Typed.NONE,
                    HttpStatus.CONFLICT);
        } catch (NotEditableException e) {
            return pages.render(
                    request,
                    user,
                    id,
                    null,
                    e.getMessage(),
                    null,
                    EditPages.Typed.NONE,
                    HttpStatus.CONFLICT);
        }
        audit.record(user.username(), AuditAction.SAVE, id, "章节：" + title);
        return HttpResponse.seeOther(URI.create(Done.SECTION.to(id) + "#section-" + position));
    }

    /**
     * A profile or section that broke its rules: after the same CSRF and edit-right checks as its
     * handler, the page again with the message next to the field and everything as typed.
     */
    @Error(exception = ConstraintViolationException.class)
    HttpResponse<?> invalid(HttpRequest<?> request, ConstraintViolationException e) {
        FormErrors errors = FormErrors.of(e);
        StaffUser user =
                StaffUser.of(request.getUserPrincipal(Authentication.class).orElseThrow(() -> e));
        long id = errors.argument(Long.class);
        return refusals.checked(
                request,
                () ->
                        switch (errors.method()) {
                            case "saveProfile" -> {
                                StaffViews.ProfileForm form =
                                        errors.argument(StaffViews.ProfileForm.class);
                                csrf.verify(request, form.csrfToken());
                                workflow.requireEdit(user, workflow.document(id));
                                yield pages.render(
                                        request,
                                        user,
                                        id,
                                        null,
                                        "基本信息未保存：请按提示修改。",
                                        null,
                                        EditPages.Typed.profile(form, errors.fields()),
                                        FormErrors.STATUS);
                            }
                            case "saveSection" -> {
                                StaffViews.SectionSave form =
                                        errors.argument(StaffViews.SectionSave.class);
                                csrf.verify(request, form.csrfToken());
                                int position = errors.argument(Integer.class);
                                editable(user, id, position);
                                StaffViews.SectionForm typed =
                                        new StaffViews.SectionForm(
                                                position,
                                                form.title() == null ? "" : form.title(),
                                                form.body() == null ? "" : form.body(),
                                                errors.get("title"),
                                                errors.get("body"),
                                                List.of());
                                yield pages.render(
                                        request,
                                        user,
                                        id,
                                        null,
                                        "本节未保存：请按提示修改。",
                                        null,
                                        EditPages.Typed.section(typed),
                                        FormErrors.STATUS);
                            }
                            default ->
                                    throw new IllegalStateException(
                                            "no form to show again for " + errors.method(), e);
                        });
    }

    /** The disclosure, once the user may edit it and the section exists. */
    private DisclosureDocument editable(StaffUser user, long id, int position) {
        DisclosureDocument d = workflow.document(id);
        workflow.requireEdit(user, d);
        if (position < 0 || position >= d.sections().size()) {
            throw new BadRequestException("章节不存在。");
        }
        return d;
    }

    private static String describe(Disclosure.Profile p) {
        return "单位负责人："
                + nz(p.headOfUnit())
                + "；财务负责人："
                + nz(p.headOfFinance())
                + "；编制人："
                + nz(p.preparer())
                + "；报送日期："
                + (p.reportDate() == null ? "" : p.reportDate())
                + "；联系人："
                + nz(p.contactPerson())
                + "；联系电话："
                + nz(p.contactPhone());
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }

    private static @Nullable String clean(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
