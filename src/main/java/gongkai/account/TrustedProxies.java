package gongkai.account;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a request says about its client once reverse proxies are accounted for. X-Forwarded-For and
 * X-Forwarded-Proto are believed only when the connection comes from an address listed in {@code
 * gongkai.security.trusted-proxies}; from anyone else they are ignored, since any client can send
 * them. (The proxy must pass the Host header through unchanged.)
 */
@Singleton
public class TrustedProxies {

    private final Set<String> trusted;

    TrustedProxies(@Value("${gongkai.security.trusted-proxies:}") String trustedProxies) {
        this.trusted =
                Arrays.stream(trustedProxies.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .map(TrustedProxies::normal)
                        .collect(Collectors.toUnmodifiableSet());
    }

    /** The client's address: the nearest one in X-Forwarded-For that is not a trusted proxy. */
    public String clientAddress(HttpRequest<?> request) {
        String remote = remote(request);
        if (!trusted.contains(remote)) {
            return remote;
        }
        List<String> hops =
                request.getHeaders().getAll("X-Forwarded-For").stream()
                        .flatMap(h -> Arrays.stream(h.split(",")))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = normal(hops.get(i));
            if (!trusted.contains(hop)) {
                return hop;
            }
        }
        return remote;
    }

    /** True when the request reached the portal over HTTPS, directly or through a trusted proxy. */
    public boolean secure(HttpRequest<?> request) {
        return request.isSecure() || scheme(request).equals("https");
    }

    /** "https" or "http" as the client used it. */
    public String scheme(HttpRequest<?> request) {
        if (trusted.contains(remote(request))) {
            String forwarded = request.getHeaders().get("X-Forwarded-Proto");
            if (forwarded != null && !forwarded.isBlank()) {
                return forwarded.split(",")[0].strip().toLowerCase(Locale.ROOT);
            }
        }
        return request.isSecure() ? "https" : "http";
    }

    private static String remote(HttpRequest<?> request) {
        InetSocketAddress address = request.getRemoteAddress();
        return address.getAddress() == null
                ? address.getHostString()
                : normal(address.getAddress().getHostAddress());
    }

    private static String normal(String address) {
        String a = address.toLowerCase(Locale.ROOT);
        // "0:0:0:0:0:0:0:1" and "::1" are the same loopback address.
        return a.equals("0:0:0:0:0:0:0:1") ? "::1" : a;
    }
}
