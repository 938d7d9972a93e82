package gongkai.account;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpRequestWrapper;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.session.Session;
import io.micronaut.session.http.CookieHttpSessionIdGenerator;
import io.micronaut.session.http.CookieHttpSessionStrategy;
import io.micronaut.session.http.HttpSessionConfiguration;
import jakarta.inject.Singleton;

/**
 * The session cookie as micronaut-session writes it, but Secure also when a trusted proxy
 * terminated HTTPS (X-Forwarded-Proto: https, see {@link TrustedProxies}); the library only looks
 * at the connection, which behind a proxy is plain HTTP, so the cookie would never be Secure.
 */
@Singleton
@Replaces(CookieHttpSessionStrategy.class)
class ProxyAwareCookieStrategy extends CookieHttpSessionStrategy {

    private final TrustedProxies proxies;

    ProxyAwareCookieStrategy(
            HttpSessionConfiguration configuration,
            CookieHttpSessionIdGenerator generator,
            TrustedProxies proxies) {
        super(configuration, generator);
        this.proxies = proxies;
    }

    @Override
    public void encodeId(HttpRequest<?> request, MutableHttpResponse<?> response, Session session) {
        if (!request.isSecure() && proxies.secure(request)) {
            @SuppressWarnings("unchecked")
            HttpRequest<Object> plain = (HttpRequest<Object>) request;
            super.encodeId(
                    new HttpRequestWrapper<Object>(plain) {
                        @Override
                        public boolean isSecure() {
                            return true;
                        }
                    },
                    response,
                    session);
        } else {
            super.encodeId(request, response, session);
        }
    }
}
