package gongkai.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.testsupport.WebSession;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.views.View;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * A page whose template fails still gets an answer: the Chinese error page, not a hung connection.
 */
@MicronautTest(transactional = false)
@io.micronaut.context.annotation.Property(name = "spec.name", value = "BrokenTemplateTest")
class BrokenTemplateTest {

    @Inject EmbeddedServer server;

    @Serdeable
    record Model(String name) {}

    @Serdeable
    record Wrapper(Model model) {}

    @Requires(property = "spec.name", value = "BrokenTemplateTest")
    @Controller("/broken-template")
    @Secured(SecurityRule.IS_ANONYMOUS)
    static class BrokenController {
        @Get
        @View("brokentest/broken")
        @Produces(MediaType.TEXT_HTML)
        Wrapper page() {
            return new Wrapper(new Model("x"));
        }
    }

    @Test
    void answersAFailingTemplateWithTheErrorPage() {
        HttpResponse<String> response = new WebSession(server.getURI()).get("/broken-template");
        assertEquals(500, response.statusCode());
        assertTrue(response.body().contains("lang=\"zh-CN\""), response.body());
        assertFalse(response.body().contains("Exception"), "no stack trace");
    }
}
