package gongkai.search;

import gongkai.account.CsrfGuard;
import gongkai.account.StaffUser;
import gongkai.search.deadletter.DeadLetter;
import gongkai.search.deadletter.DeadLetters;
import gongkai.web.ForbiddenException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * {@code /staff/admin/outbox}: the state of the search index and the outbox entries it gave up on
 * (dead letters), each of which an administrator can queue again once the cause is fixed.
 */
@Hidden // a staff page, not part of the open API
@Controller("/staff/admin/outbox")
// Authenticated here and checked per handler, like the other admin pages (a @Secured role refusal
// renders as a 500).
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class DeadLetterController {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    private final DeadLetters deadLetters;
    private final Indexer indexer;
    private final CsrfGuard csrf;

    DeadLetterController(DeadLetters deadLetters, Indexer indexer, CsrfGuard csrf) {
        this.deadLetters = deadLetters;
        this.indexer = indexer;
        this.csrf = csrf;
    }

    @Serdeable
    record Line(
            long id,
            long seq,
            long disclosureId,
            String disclosureHref,
            String action,
            int attempts,
            String reason,
            String failedAt,
            @Nullable String resolvedAt,
            String retryHref) {}

    @Serdeable
    record Page(
            String indexState,
            boolean indexFailing,
            List<Line> open,
            List<Line> resolved,
            @Nullable String message,
            String csrfToken) {}

    @Serdeable
    record Model(Page page) {}

    @Get
    ModelAndView<Model> show(
            @Nullable @QueryValue String queued,
            HttpRequest<?> request,
            Authentication authentication) {
        admin(authentication);
        var fault = indexer.fault();
        String state =
                fault.map(
                                f ->
                                        "检索索引目录自 "
                                                + TIME.format(f.since())
                                                + " 起无法写入（"
                                                + f.cause()
                                                + "），全文检索暂停，公开页面不受影响；目录恢复可写后自动续上。")
                        .orElseGet(
                                () ->
                                        "检索索引正常，已处理到变更序号 "
                                                + indexer.index().committedPosition()
                                                + "。");
        String message = queued == null ? null : "已重新排队，索引将在几秒内按该决算当前状态更新。";
        return new ModelAndView<>(
                "admin/outbox",
                new Model(
                        new Page(
                                state,
                                fault.isPresent(),
                                deadLetters.open().stream()
                                        .map(DeadLetterController::line)
                                        .toList(),
                                deadLetters.recentlyResolved(20).stream()
                                        .map(DeadLetterController::line)
                                        .toList(),
                                message,
                                csrf.token(request))));
    }

    /** The retry form: nothing but its CSRF token; the dead letter comes from the path. */
    @Serdeable
    record RetryForm(@Nullable String csrfToken) {}

    @Post(value = "/{id}/retry", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> retry(
            @PathVariable long id,
            @Valid @Body RetryForm form,
            HttpRequest<?> request,
            Authentication authentication) {
        csrf.verify(request, form.csrfToken());
        admin(authentication);
        deadLetters.retry(
                id); // already resolved or unknown: nothing to do, the page shows the current state
        return HttpResponse.seeOther(URI.create("/staff/admin/outbox?queued=1"));
    }

    private static Line line(DeadLetter d) {
        return new Line(
                d.id(),
                d.seq(),
                d.disclosureId(),
                "/staff/disclosures/" + d.disclosureId(),
                "DELETE".equals(d.action()) ? "移出索引" : "更新索引",
                d.attempts(),
                d.reason(),
                format(d.failedAt()),
                d.resolvedAt() == null ? null : format(d.resolvedAt()),
                "/staff/admin/outbox/" + d.id() + "/retry");
    }

    private static String format(Instant t) {
        return TIME.format(t);
    }

    private static void admin(Authentication authentication) {
        if (!StaffUser.of(authentication).isAdmin()) {
            throw new ForbiddenException("只有管理员可以使用系统管理。");
        }
    }
}
