package gongkai.staff;

import gongkai.account.StaffUser;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.page.DisclosurePreview;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /staff/disclosures/{id}/preview}: a revision's public page as it would look once
 * published, for the staff who may see the revision (others get the same 404 or 403 as for its
 * staff page). A banner says it is a preview; it is kept out of caches and search engines.
 */
@Hidden // a page for people, not part of the open API
@Controller("/staff/disclosures/{id}/preview")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class PreviewController {

    private final WorkflowService workflow;
    private final DisclosurePreview preview;

    PreviewController(WorkflowService workflow, DisclosurePreview preview) {
        this.workflow = workflow;
        this.preview = preview;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<String> show(
            @PathVariable long id, HttpRequest<?> request, Authentication authentication) {
        DisclosureDocument d = workflow.visible(StaffUser.of(authentication), id);
        String self = "/staff/disclosures/" + id + "/preview";
        String html = preview.html(d, self, request);
        // The public template is shared with the public page; the banner goes in front of its
        // content rather than into it.
        String banner =
                "<p class=\"notice preview-banner\" role=\"status\"><strong>预览</strong>：本页是"
                        + "“"
                        + d.status().label()
                        + "”状态的决算，尚未公开，仅有权限的工作人员可见。<a href=\"/staff/disclosures/"
                        + id
                        + "\">返回编辑</a></p>";
        Matcher main = Pattern.compile("<main[^>]*>").matcher(html);
        String page =
                main.find()
                        ? html.substring(0, main.end()) + banner + html.substring(main.end())
                        : banner + html;
        return HttpResponse.ok(page)
                .contentType(MediaType.TEXT_HTML_TYPE)
                .header("Cache-Control", "no-store")
                .header("X-Robots-Tag", "noindex, nofollow");
    }
}
