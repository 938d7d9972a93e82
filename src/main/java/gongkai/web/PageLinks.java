package gongkai.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 8288 {@code Link} headers for the pages of an API list: the same request with its page or
 * cursor parameter replaced. Links are written relative to the portal ({@code </api/…>}); the
 * response filter of the open API (apidocs.ApiLinks) makes them absolute for the client's origin.
 */
public final class PageLinks {

    private final HttpRequest<?> request;
    private final Map<String, String> links = new LinkedHashMap<>();

    public PageLinks(HttpRequest<?> request) {
        this.request = request;
    }

    /**
     * Adds {@code rel} pointing at this request with {@code name=value} set and the parameters in
     * {@code drop} removed; nothing when {@code value} is null.
     */
    public PageLinks add(String rel, String name, @Nullable String value, String... drop) {
        if (value == null) {
            return this;
        }
        List<String> removed = new ArrayList<>(List.of(drop));
        removed.add(name);
        StringBuilder url = new StringBuilder(request.getPath());
        char sep = '?';
        for (Map.Entry<String, List<String>> p : request.getParameters().asMap().entrySet()) {
            if (removed.contains(p.getKey())) {
                continue;
            }
            for (String v : p.getValue()) {
                url.append(sep).append(encode(p.getKey())).append('=').append(encode(v));
                sep = '&';
            }
        }
        url.append(sep).append(encode(name)).append('=').append(encode(value));
        links.put(rel, url.toString());
        return this;
    }

    public <T> MutableHttpResponse<T> applyTo(MutableHttpResponse<T> response) {
        if (!links.isEmpty()) {
            List<String> values = new ArrayList<>();
            links.forEach((rel, url) -> values.add("<" + url + ">; rel=\"" + rel + "\""));
            response.header("Link", String.join(", ", values));
        }
        return response;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
