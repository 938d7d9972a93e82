package gongkai.feeds;

import gongkai.cite.SiteAddress;
import gongkai.disclosure.PublishedCache;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * Atom feeds: {@code /feeds/publications.atom} (everything, {@code ?region=} with its sub-regions,
 * {@code ?unit=}) and {@code /search.atom?q=} (a saved search). Each answer carries an ETag and
 * Last-Modified, so a feed reader polling an unchanged feed gets a 304 without a body.
 */
// Feeds for feed readers, not part of the JSON API.
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class FeedController {

    static final String ATOM = "application/atom+xml";
    static final MediaType ATOM_UTF8 = MediaType.of(ATOM + ";charset=UTF-8");

    /** A written feed with its validators. */
    record Written(String xml, Instant updated, String etag) {

        static Written of(FeedModel model, String base) {
            String xml = AtomWriter.write(model, base);
            return new Written(xml, model.updated(), FeedController.etag(xml));
        }
    }

    private final FeedService feeds;
    private final SiteAddress site;
    private final PublishedCache cache;

    FeedController(FeedService feeds, SiteAddress site, PublishedCache cache) {
        this.feeds = feeds;
        this.site = site;
        this.cache = cache;
    }

    @Get("/feeds/publications.atom")
    @Produces(ATOM)
    HttpResponse<?> publications(
            @Nullable @QueryValue String region,
            @Nullable @QueryValue String unit,
            HttpRequest<?> request) {
        String base = site.base(request);
        // Kept until the next publication, correction or withdrawal, per address and scope; bad
        // parameters throw before anything is kept.
        Written w =
                cache.get(
                        "feed:" + base + "|" + region + "|" + unit,
                        x -> 2 * x.xml().length(),
                        () -> Written.of(feeds.publications(region, unit), base));
        return answer(w, request);
    }

    @Get("/search.atom")
    @Produces(ATOM)
    HttpResponse<?> search(
            @Nullable @QueryValue String q,
            @Nullable @QueryValue String region,
            HttpRequest<?> request) {
        // Not kept here: the search keeps its own results until the index changes, which may be a
        // moment after the publication that the cache above follows.
        return answer(Written.of(feeds.search(q, region), site.base(request)), request);
    }

    private static HttpResponse<?> answer(Written w, HttpRequest<?> request) {
        String lastModified =
                DateTimeFormatter.RFC_1123_DATE_TIME.format(
                        ZonedDateTime.ofInstant(w.updated(), ZoneOffset.UTC));
        String match = request.getHeaders().get("If-None-Match");
        MutableHttpResponse<?> response;
        if (match != null && (match.contains(w.etag()) || match.strip().equals("*"))) {
            response = HttpResponse.status(HttpStatus.NOT_MODIFIED);
        } else {
            response =
                    HttpResponse.ok(w.xml().getBytes(StandardCharsets.UTF_8))
                            .contentType(ATOM_UTF8);
        }
        return response.header("ETag", w.etag())
                .header("Last-Modified", lastModified)
                .header("Cache-Control", "public, max-age=60");
    }

    static String etag(String xml) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(xml.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
