package gongkai.account;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.csrf.CsrfConfiguration;
import io.micronaut.security.csrf.generator.CsrfTokenGenerator;
import io.micronaut.session.Session;
import io.micronaut.session.http.SessionForRequest;

/**
 * Gives every staff session a CSRF token before a staff page renders, so its forms can carry it
 * ({@link #token}); micronaut-security-csrf then rejects any state-changing form request whose
 * token does not match the session's.
 */
@ServerFilter("/staff/**")
public class CsrfTokenFilter implements Ordered {

    private final CsrfTokenGenerator<HttpRequest<?>> generator;
    private final CsrfConfiguration configuration;

    CsrfTokenFilter(CsrfTokenGenerator<HttpRequest<?>> generator, CsrfConfiguration configuration) {
        this.generator = generator;
        this.configuration = configuration;
    }

    @RequestFilter
    void ensureToken(HttpRequest<?> request) {
        // Runs after the session filter, which attaches the session to the request.
        SessionForRequest.find(request)
                .ifPresent(
                        (Session session) -> {
                            if (session.get(configuration.getHttpSessionName(), String.class)
                                    .isEmpty()) {
                                session.put(
                                        configuration.getHttpSessionName(),
                                        generator.generateCsrfToken(request));
                            }
                        });
    }

    /** The session's token, for the hidden field of a form (empty without a session). */
    public static String token(HttpRequest<?> request, CsrfConfiguration configuration) {
        return SessionForRequest.find(request)
                .flatMap(session -> session.get(configuration.getHttpSessionName(), String.class))
                .orElse("");
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SESSION.after();
    }
}
