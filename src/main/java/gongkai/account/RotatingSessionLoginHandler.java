package gongkai.account;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import io.micronaut.security.session.SessionLoginHandler;
import io.micronaut.session.Session;
import io.micronaut.session.SessionStore;
import io.micronaut.session.http.HttpSessionFilter;
import io.micronaut.session.http.SessionForRequest;
import jakarta.inject.Singleton;

/**
 * A successful login always starts a new session: the session the browser came with (which someone
 * else may have planted, session fixation) is deleted, and the new id goes out in the cookie.
 * Privilege changes end sessions altogether (AccountAuthenticationFetcher), so a new privilege
 * always comes with a new id as well.
 */
@Singleton
@Replaces(SessionLoginHandler.class)
class RotatingSessionLoginHandler extends SessionLoginHandler {

    RotatingSessionLoginHandler(
            RedirectConfiguration redirectConfiguration,
            SessionStore<Session> sessionStore,
            @Nullable
                    PriorToLoginPersistence<HttpRequest<?>, MutableHttpResponse<?>>
                            priorToLoginPersistence,
            RedirectService redirectService) {
        super(redirectConfiguration, sessionStore, priorToLoginPersistence, redirectService);
    }

    @Override
    public MutableHttpResponse<?> loginSuccess(
            Authentication authentication, HttpRequest<?> request) {
        SessionForRequest.find(request)
                .ifPresent(
                        old -> {
                            sessionStore.deleteSession(old.getId());
                            request.getAttributes().remove(HttpSessionFilter.SESSION_ATTRIBUTE);
                        });
        return super.loginSuccess(authentication, request);
    }
}
