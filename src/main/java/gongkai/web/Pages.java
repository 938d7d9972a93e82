package gongkai.web;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

/**
 * Renders a template to a string, for controllers that keep the HTML (a cached page) instead of
 * handing a model to the views filter. Same renderer, same templates; a template error surfaces as
 * the renderer's exception and becomes the ordinary error page.
 */
@Singleton
public class Pages {

    private final EagerThymeleafRenderer<Object> renderer;

    Pages(EagerThymeleafRenderer<Object> renderer) {
        this.renderer = renderer;
    }

    public String html(String view, Object model, HttpRequest<?> request) {
        return renderer.html(view, model, request);
    }
}
