package gongkai.apidocs;

import gongkai.account.TrustedProxies;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the API's Link headers (written relative by web.PageLinks) absolute for the origin the
 * client used, so {@code requests}' {@code r.links["next"]["url"]} or R's {@code httr} can follow
 * them as they are. The scheme comes from X-Forwarded-Proto only behind a trusted proxy.
 */
@ServerFilter("/api/**")
class ApiLinks {

    private static final Pattern RELATIVE = Pattern.compile("<(/[^>]*)>");

    private final TrustedProxies proxies;

    ApiLinks(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    @ResponseFilter
    void absolute(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String link = response.getHeaders().get("Link");
        String host = request.getHeaders().get("Host");
        if (link == null || host == null || !host.matches("[A-Za-z0-9.:\\[\\]-]{1,300}")) {
            return;
        }
        String origin = proxies.scheme(request) + "://" + host;
        response.getHeaders()
                .set(
                        "Link",
                        RELATIVE.matcher(link)
                                .replaceAll(
                                        m ->
                                                Matcher.quoteReplacement(
                                                        "<" + origin + m.group(1) + ">")));
    }
}
