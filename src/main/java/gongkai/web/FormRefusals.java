package gongkai.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.function.Supplier;

/**
 * For a controller's local {@code @Error} handler that shows a refused form again: it repeats its
 * handler's checks (CSRF token, role, the record's visibility) before rendering anything, and those
 * checks refuse by throwing. An exception thrown from an error handler is not handled a second time
 * (Micronaut answers 500), so this answers those refusals the way {@link ErrorController} does.
 */
@Singleton
public class FormRefusals {

    private final ErrorController errors;

    FormRefusals(ErrorController errors) {
        this.errors = errors;
    }

    public HttpResponse<?> checked(HttpRequest<?> request, Supplier<HttpResponse<?>> page) {
        try {
            return page.get();
        } catch (ForbiddenException e) {
            return errors.respond(request, HttpStatus.FORBIDDEN, e.getMessage());
        } catch (NotFoundException e) {
            return errors.respond(request, HttpStatus.NOT_FOUND, e.getMessage());
        } catch (BadRequestException e) {
            return errors.respond(request, HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }
}
