package gongkai.web;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.exceptions.ViewRenderingException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into a clear answer: JSON {@link ApiError} under /api, a Chinese error page
 * elsewhere. Users never see a stack trace; unexpected failures are logged for the operators.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorController.class);

    private final EagerThymeleafRenderer<Object> pages;

    ErrorController(EagerThymeleafRenderer<Object> pages) {
        this.pages = pages;
    }

    @Serdeable
    record ErrorPage(int status, String title, String message) {}

    @Serdeable
    record ErrorModel(ErrorPage error) {}

    @Error(global = true, status = HttpStatus.NOT_FOUND)
    HttpResponse<?> notFound(HttpRequest<?> request) {
        return respond(request, HttpStatus.NOT_FOUND, "您访问的页面或数据不存在。");
    }

    @Error(global = true, status = HttpStatus.METHOD_NOT_ALLOWED)
    HttpResponse<?> methodNotAllowed(HttpRequest<?> request) {
        return respond(request, HttpStatus.METHOD_NOT_ALLOWED, "不支持该请求方式。");
    }

    @Error(global = true)
    HttpResponse<?> notFound(HttpRequest<?> request, NotFoundException e) {
        return respond(request, HttpStatus.NOT_FOUND, e.getMessage());
    }

    /**
     * Not logged in: pages go to the login form, the API answers 401; logged in but not allowed:
     * 403.
     */
    @Error(global = true)
    HttpResponse<?> authorization(HttpRequest<?> request, AuthorizationException e) {
        if (e.isForbidden()) {
            return respond(request, HttpStatus.FORBIDDEN, "您无权执行该操作。");
        }
        if (wantsJson(request)) {
            return respond(request, HttpStatus.UNAUTHORIZED, "请先登录。");
        }
        return HttpResponse.seeOther(URI.create("/login"));
    }

    @Error(global = true)
    HttpResponse<?> forbidden(HttpRequest<?> request, ForbiddenException e) {
        return respond(request, HttpStatus.FORBIDDEN, e.getMessage());
    }

    @Error(global = true, status = HttpStatus.FORBIDDEN)
    HttpResponse<?> forbiddenStatus(HttpRequest<?> request) {
        return respond(request, HttpStatus.FORBIDDEN, "您无权执行该操作。");
    }

    @Error(global = true)
    HttpResponse<?> badRequest(HttpRequest<?> request, BadRequestException e) {
        return respond(request, HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @Error(global = true)
    HttpResponse<?> unavailable(HttpRequest<?> request, ServiceUnavailableException e) {
        return respond(request, HttpStatus.SERVICE_UNAVAILABLE, e.getMessage())
                .header("Retry-After", Integer.toString(e.retryAfterSeconds()));
    }

    /** A request line with raw (unencoded) Chinese or a broken %-escape; browsers always encode. */
    @Error(global = true)
    HttpResponse<?> malformedAddress(HttpRequest<?> request, URISyntaxException e) {
        return respond(
                request,
                HttpStatus.BAD_REQUEST,
                "网址格式不正确：其中的中文和特殊字符须经 URL 编码（例如 q=%E5%85%AC%E5%BC%80），" + "或用浏览器打开。");
    }

    @Error(global = true)
    HttpResponse<?> badParameter(HttpRequest<?> request, ConversionErrorException e) {
        return respond(
                request, HttpStatus.BAD_REQUEST, "参数 " + e.getArgument().getName() + " 的格式不正确。");
    }

    @Error(global = true)
    HttpResponse<?> missingParameter(HttpRequest<?> request, UnsatisfiedRouteException e) {
        return respond(
                request, HttpStatus.BAD_REQUEST, "缺少必需的参数 " + e.getArgument().getName() + "。");
    }

    @Error(global = true)
    HttpResponse<?> tooLarge(HttpRequest<?> request, ContentLengthExceededException e) {
        return respond(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, "上传的内容过大。");
    }

    @Error(global = true)
    HttpResponse<?> status(HttpRequest<?> request, HttpStatusException e) {
        String message =
                e.getStatus().getCode() < 500
                        ? "请求无法处理（" + e.getStatus().getCode() + "）。"
                        : "服务器暂时无法处理该请求，请稍后再试。";
        return respond(request, e.getStatus(), message);
    }

    @Error(global = true)
    HttpResponse<?> unexpected(HttpRequest<?> request, Throwable e) {
        if (DatabaseFaults.unreachable(e)) {
            return databaseDown(
                    request, e, respond(request, HttpStatus.SERVICE_UNAVAILABLE, DATABASE_DOWN));
        }
        LOG.error("Unexpected failure on {} {}", request.getMethod(), request.getPath(), e);
        return respond(request, HttpStatus.INTERNAL_SERVER_ERROR, "服务器暂时无法处理该请求，请稍后再试。");
    }

    static final String DATABASE_DOWN = "数据库暂时无法访问，请稍后再试。我们已记录该问题。";

    /**
     * The database is unreachable: not the portal's bug and over when the server is back, so 503
     * with Retry-After, and one warning line per request rather than a stack trace each.
     */
    private static HttpResponse<?> databaseDown(
            HttpRequest<?> request, Throwable e, MutableHttpResponse<?> response) {
        LOG.warn(
                "Database unreachable on {} {}: {}",
                request.getMethod(),
                request.getPath(),
                DatabaseFaults.rootMessage(e));
        return response.header(HttpHeaders.RETRY_AFTER, "30");
    }

    /**
     * A page whose template failed: the error page cannot go through the views filter again, so it
     * is written out directly (see EagerThymeleafRenderer).
     */
    @Error(global = true)
    HttpResponse<?> pageFailed(HttpRequest<?> request, ViewRenderingException e) {
        if (DatabaseFaults.unreachable(e)) {
            return databaseDown(
                    request,
                    e,
                    plainPage(HttpStatus.SERVICE_UNAVAILABLE, "服务暂时不可用", DATABASE_DOWN));
        }
        LOG.error("Page failed to render on {} {}", request.getMethod(), request.getPath(), e);
        return plainPage(HttpStatus.INTERNAL_SERVER_ERROR, "服务器错误", "页面暂时无法显示，请稍后再试。我们已记录该问题。");
    }

    private static MutableHttpResponse<String> plainPage(
            HttpStatus status, String title, String message) {
        return HttpResponse.status(status)
                .contentType(MediaType.TEXT_HTML_TYPE)
                .body(
                        """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · 公开</title><link rel="stylesheet" href="/static/css/gongkai.css"></head>
                <body><main id="main" class="container"><h1>%s</h1>
                <p>%s</p><p><a href="/">返回首页</a></p></main></body></html>
                """
                                .formatted(title, title, message));
    }

    MutableHttpResponse<?> respond(HttpRequest<?> request, HttpStatus status, String message) {
        if (wantsJson(request)) {
            return HttpResponse.status(status)
                    .contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(new ApiError(status.getCode(), message));
        }
        String title =
                switch (status.getCode()) {
                    case 404 -> "页面不存在";
                    case 400 -> "请求有误";
                    case 403 -> "无权访问";
                    case 401 -> "请先登录";
                    case 503 -> "服务暂时不可用";
                    default -> status.getCode() >= 500 ? "服务器错误" : "无法处理请求";
                };
        // Rendered here rather than returned as a ModelAndView: errors raised before routing
        // (security,
        // body limits) skip the views filter, and a ModelAndView would then reach the client as a
        // 406/500.
        StringWriter html = new StringWriter();
        try {
            pages.render(
                            "error/page",
                            new ErrorModel(new ErrorPage(status.getCode(), title, message)),
                            request)
                    .writeTo(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HttpResponse.status(status)
                .contentType(MediaType.TEXT_HTML_TYPE)
                .body(html.toString());
    }

    private static boolean wantsJson(HttpRequest<?> request) {
        return request.getPath().startsWith("/api/")
                || request.getPath().equals("/api")
                || request.getHeaders().accept().stream()
                                .anyMatch(m -> m.equals(MediaType.APPLICATION_JSON_TYPE))
                        && request.getHeaders().accept().stream()
                                .noneMatch(m -> m.equals(MediaType.TEXT_HTML_TYPE));
    }
}
