package gongkai.account;

import gongkai.web.ForbiddenException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * The first layer against cross-site request forgery, for every state-changing request (POST, PUT,
 * PATCH, DELETE) on every path, before the session is even looked up: a browser names where a
 * request comes from (Sec-Fetch-Site, Origin, and Referer, which the portal's Referrer-Policy keeps
 * for its own pages), and anything from another origin is refused with 403. A request with none of
 * these headers does not come from a browser page (curl, scripts) and goes on; what it may do is
 * then up to the second layer: staff forms must carry the session's token (CsrfGuard), while the
 * login, the logout and POST /api/imports accept such clients without one.
 */
@ServerFilter("/**")
class SameOriginGuard implements Ordered {

    private static final Set<HttpMethod> STATE_CHANGING =
            Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private final TrustedProxies proxies;

    SameOriginGuard(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    @RequestFilter
    void refuseOtherOrigins(HttpRequest<?> request) {
        if (!STATE_CHANGING.contains(request.getMethod())) {
            return;
        }
        String site = request.getHeaders().get("Sec-Fetch-Site");
        if (site != null
                && !site.equalsIgnoreCase("same-origin")
                && !site.equalsIgnoreCase("none")) {
            throw refused();
        }
        String own = ownOrigin(request);
        String origin = request.getHeaders().get("Origin");
        if (origin != null) {
            if (!sameOrigin(own, origin)) {
                throw refused();
            }
            return;
        }
        String referer = request.getHeaders().get("Referer");
        if (referer != null && !sameOrigin(own, referer)) {
            throw refused();
        }
    }

    private static boolean sameOrigin(@Nullable String own, String claimed) {
        String other = normal(claimed);
        return own != null && own.equals(other);
    }

    private static ForbiddenException refused() {
        return new ForbiddenException("请求来自其他网站，已拒绝（跨站请求伪造防护）。请在本站页面上操作。");
    }

    private @Nullable String ownOrigin(HttpRequest<?> request) {
        String host = request.getHeaders().get("Host");
        return host == null ? null : normal(proxies.scheme(request) + "://" + host);
    }

    /**
     * scheme://host[:port] of an origin or URL, lower case, without a default port; null if
     * unreadable ("null").
     */
    static @Nullable String normal(String url) {
        try {
            URI uri = URI.create(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort =
                    port == -1
                            || (scheme.equals("http") && port == 80)
                            || (scheme.equals("https") && port == 443);
            return scheme
                    + "://"
                    + uri.getHost().toLowerCase(Locale.ROOT)
                    + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public int getOrder() {
        // Before everything, the CORS filter included (it would refuse a foreign Origin without a
        // word).
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
