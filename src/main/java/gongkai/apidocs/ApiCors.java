package gongkai.apidocs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.annotation.PreMatching;
import io.micronaut.http.server.cors.CorsFilter;
import java.util.List;
import java.util.Set;

/**
 * CORS for the open API's reads: {@code GET}/{@code HEAD} on {@code /api/…} may be called from a
 * page of any origin (a notebook in the browser), answered with {@code Access-Control-Allow-Origin:
 * *}, which browsers never combine with credentials, so a staff member's session is never used by
 * such a request. Everything else (staff APIs such as {@code POST /api/imports}, any write, the
 * pages) gets no CORS header and stays same-origin; writes from another origin are refused outright
 * by account.SameOriginGuard.
 *
 * <p>Micronaut's {@code @CrossOrigin} would do this per route, but in this version its filter did
 * not find the annotation of the matched route (tested: "CORS configuration not found"), and its
 * global {@code micronaut.server.cors} configurations apply to every path, not to {@code /api}.
 */
@ServerFilter("/api/**")
class ApiCors implements Ordered {

    /** API routes for logged-in staff: never readable from another origin. */
    private static final List<String> STAFF = List.of("/api/imports");

    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD);

    static final String EXPOSED = "Link, Retry-After";

    /** Answers the browser's preflight for a read before routing (there is no OPTIONS route). */
    @PreMatching
    @RequestFilter
    @Nullable
    HttpResponse<?> preflight(HttpRequest<?> request) {
        String method = request.getHeaders().get("Access-Control-Request-Method");
        if (request.getMethod() != HttpMethod.OPTIONS
                || request.getHeaders().get("Origin") == null
                || method == null) {
            return null;
        }
        if (!isPublic(request) || !READS.contains(HttpMethod.parse(method.strip()))) {
            // No CORS headers: the browser does not send the request. 403 rather than the
            // router's 405, so the refusal reads as one.
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        MutableHttpResponse<?> ok =
                HttpResponse.noContent()
                        .header("Access-Control-Allow-Origin", "*")
                        .header("Access-Control-Allow-Methods", "GET, HEAD")
                        .header("Access-Control-Max-Age", "86400");
        String headers = request.getHeaders().get("Access-Control-Request-Headers");
        if (headers != null && headers.matches("[A-Za-z0-9, -]{1,500}")) {
            ok.header("Access-Control-Allow-Headers", headers);
        }
        return ok;
    }

    @ResponseFilter
    void allowReads(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getHeaders().get("Origin") != null
                && READS.contains(request.getMethod())
                && isPublic(request)) {
            response.getHeaders().set("Access-Control-Allow-Origin", "*");
            response.getHeaders().set("Access-Control-Expose-Headers", EXPOSED);
        }
    }

    private static boolean isPublic(HttpRequest<?> request) {
        String path = request.getPath();
        return STAFF.stream().noneMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    }

    @Override
    public int getOrder() {
        // Outside Micronaut's CORS filter and the rate limit, so their refusals (403, 429) carry
        // the headers a page needs to read them.
        return CorsFilter.CORS_FILTER_ORDER - 1;
    }
}
