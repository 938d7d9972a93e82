package gongkai.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.io.Writable;
import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;

/**
 * Renders a page completely before the response starts. The stock renderer writes while the body is
 * being sent, and a template error at that point leaves the request unanswered (micronaut-views
 * #832); rendered here, the error surfaces in the views filter and becomes the ordinary error page.
 * Pages are small (the largest disclosure page is a few hundred kB), so buffering costs little.
 */
@Singleton
@Replaces(ThymeleafViewsRenderer.class)
class EagerThymeleafRenderer<T> extends ThymeleafViewsRenderer<T> {

    EagerThymeleafRenderer(
            AbstractConfigurableTemplateResolver templateResolver,
            TemplateEngine engine,
            ClassPathResourceLoader resourceLoader,
            HttpLocaleResolver httpLocaleResolver) {
        super(templateResolver, engine, resourceLoader, httpLocaleResolver);
    }

    @Override
    public Writable render(String viewName, T data, HttpRequest<?> request) {
        String html = html(viewName, data, request);
        return out -> out.write(html);
    }

    /** The whole page as a string (also for {@link Pages}, which keeps some). */
    String html(String viewName, T data, HttpRequest<?> request) {
        StringWriter page = new StringWriter();
        try {
            super.render(viewName, data, request).writeTo(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return page.toString();
    }
}
