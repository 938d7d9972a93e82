package gongkai.cite;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The portal's absolute address, for links that leave the page: citations and Atom feeds. A
 * configured {@code gongkai.public-url} ({@code GONGKAI_PUBLIC_URL}, e.g. {@code
 * https://gongkai.example.cn}) wins, which is what a portal behind a reverse proxy should set.
 * Otherwise the request's own scheme and {@code Host} header are used — after checking that the
 * header is a plain host name or address with an optional port, so a forged header can never put
 * markup or another path into a page or feed that is kept and served to others.
 */
@Singleton
public class SiteAddress {

    private static final Pattern HOST =
            Pattern.compile(
                    "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\\.[A-Za-z0-9-]{1,63})*|\\[[0-9A-Fa-f:.]+\\])(?::\\d{1,5})?");

    private final String configured;

    SiteAddress(@Value("${gongkai.public-url:}") String configured) {
        String c = configured == null ? "" : configured.strip();
        this.configured = c.endsWith("/") ? c.substring(0, c.length() - 1) : c;
    }

    /** {@code https://host[:port]} without a trailing slash. */
    public String base(HttpRequest<?> request) {
        if (!configured.isEmpty()) {
            return configured;
        }
        String host = request.getHeaders().get("Host");
        if (host == null || host.length() > 255 || !HOST.matcher(host).matches()) {
            host = "localhost";
        }
        String scheme = request.isSecure() ? "https" : "http";
        return scheme + "://" + host.toLowerCase(Locale.ROOT);
    }

    /** An absolute URL for a path of this portal ({@code /disclosures/12}). */
    public String absolute(HttpRequest<?> request, String path) {
        return base(request) + path;
    }
}
