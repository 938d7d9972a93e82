package gongkai.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import gongkai.testsupport.ApiContract;
import gongkai.testsupport.WebSession;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.views.View;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A server fault anywhere — in a controller, while a view renders, in a request or response filter
 * — answers 500 with a Chinese page (JSON error under /api), shows none of the exception's text,
 * and is logged with its stack trace for the operators.
 */
@MicronautTest(transactional = false)
@Property(name = "spec.name", value = "ServerFaultTest")
class ServerFaultTest {

    static final String SECRET = "secret-detail-42";

    @Serdeable
    record Exploding(String name) {
        public String explode() {
            throw new IllegalStateException(SECRET + " while rendering");
        }
    }

    @Serdeable
    record Model(Exploding model) {}

    @Requires(property = "spec.name", value = "ServerFaultTest")
    @Controller
    @Secured(SecurityRule.IS_ANONYMOUS)
    static class FaultyController {
        @Get("/fault/page")
        @Produces(MediaType.TEXT_HTML)
        String page() {
            throw new IllegalStateException(SECRET + " in a page");
        }

        @Get("/api/fault")
        String api() {
            throw new IllegalStateException(SECRET + " in the api");
        }

        @Get("/fault/view")
        @View("faulttest/explodes")
        @Produces(MediaType.TEXT_HTML)
        Model view() {
            return new Model(new Exploding("x"));
        }

        @Get("/fault/request-filter")
        @Produces(MediaType.TEXT_HTML)
        String requestFiltered() {
            return "不应到达";
        }

        @Get("/api/fault/request-filter")
        String apiRequestFiltered() {
            return "{}";
        }

        @Get("/fault/response-filter")
        @Produces(MediaType.TEXT_HTML)
        String responseFiltered() {
            return "<p>正常</p>";
        }
    }

    @Requires(property = "spec.name", value = "ServerFaultTest")
    @ServerFilter({"/fault/request-filter", "/api/fault/request-filter"})
    static class FaultyRequestFilter {
        @RequestFilter
        void before(HttpRequest<?> request) {
            throw new IllegalStateException(SECRET + " in a request filter");
        }
    }

    @Requires(property = "spec.name", value = "ServerFaultTest")
    @ServerFilter("/fault/response-filter")
    static class FaultyResponseFilter {
        @ResponseFilter
        void after(MutableHttpResponse<?> response) {
            throw new IllegalStateException(SECRET + " in a response filter");
        }
    }

    @Inject EmbeddedServer server;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger errors = (Logger) LoggerFactory.getLogger(ErrorController.class);

    @BeforeEach
    void captureLog() {
        log.start();
        errors.addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        errors.detachAppender(log);
    }

    private void assertChineseFaultPage(String path) {
        HttpResponse<String> page = new WebSession(server.getURI()).get(path);
        assertEquals(500, page.statusCode(), path + ": " + page.body());
        assertTrue(
                page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
        assertTrue(
                page.body().contains("lang=\"zh-CN\"") && page.body().contains("服务器错误"),
                path + ": " + page.body());
        assertFalse(
                page.body().contains(SECRET) || page.body().contains("Exception"),
                path + " shows no exception text");
        assertLogged(path);
    }

    private void assertJsonFault(String path) {
        HttpResponse<String> api = new WebSession(server.getURI()).get(path);
        assertEquals(500, api.statusCode(), path + ": " + api.body());
        ApiContract.checkError(
                path, 500, api.headers().firstValue("Content-Type").orElse(""), api.body());
        assertFalse(api.body().contains(SECRET), path);
        assertLogged(path);
    }

    private void assertLogged(String path) {
        List<ILoggingEvent> logged = List.copyOf(log.list);
        assertTrue(
                logged.stream()
                        .anyMatch(
                                e ->
                                        e.getLevel() == Level.ERROR
                                                && mentionsSecret(e.getThrowableProxy())),
                path + ": the fault is logged with its exception for the operators");
        log.list.clear();
    }

    /** The logged exception or one of its causes (a view error arrives wrapped by the renderer). */
    private static boolean mentionsSecret(IThrowableProxy proxy) {
        for (IThrowableProxy p = proxy; p != null; p = p.getCause()) {
            if (p.getMessage() != null && p.getMessage().contains(SECRET)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aControllerFaultIsAChinese500PageAndALoggedError() {
        assertChineseFaultPage("/fault/page");
    }

    @Test
    void anApiFaultIsAJson500WithoutExceptionText() {
        assertJsonFault("/api/fault");
    }

    @Test
    void aFaultWhileAViewRendersIsTheChineseErrorPage() {
        assertChineseFaultPage("/fault/view");
    }

    @Test
    void aFaultInARequestFilterIsAnsweredLikeAnyOther() {
        assertChineseFaultPage("/fault/request-filter");
        assertJsonFault("/api/fault/request-filter");
    }

    @Test
    void aFaultInAResponseFilterIsAnsweredLikeAnyOther() {
        assertChineseFaultPage("/fault/response-filter");
    }
}
