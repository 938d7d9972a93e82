package gongkai.opendata;

import gongkai.web.NotFoundException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.types.files.SystemFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * {@code /data}: the bulk downloads page, and {@code /data/{file}}: the files of the current build,
 * each with a strong ETag (its SHA-256), Last-Modified (its build time), 304 on a matching
 * If-None-Match or a not-older If-Modified-Since, and its digest in {@code Repr-Digest} and in
 * {@code /data/{file}.sha256}. Only files the current manifest lists are served: a name is looked
 * up, never turned into a path.
 */
@Hidden
@Controller("/data")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class OpenDataController {

    private final BulkStore store;

    OpenDataController(BulkStore store) {
        this.store = store;
    }

    @Serdeable
    record Model(OpenDataPage data) {}

    @Get
    @View("opendata/index")
    @Produces(MediaType.TEXT_HTML)
    Model page() {
        return new Model(OpenDataPage.of(store.current().orElse(null)));
    }

    // any Accept: a browser asks for text/html first, a script for */*; the file is what it is
    @Get("/{file}")
    @Produces({
        "application/gzip",
        MediaType.APPLICATION_JSON,
        MediaType.TEXT_PLAIN,
        MediaType.TEXT_HTML,
        MediaType.ALL
    })
    HttpResponse<?> file(@PathVariable String file, HttpRequest<?> request) {
        BulkManifest m = store.current().orElseThrow(() -> missing(file));
        if (file.endsWith(".sha256")) {
            BulkFile f =
                    m.file(file.substring(0, file.length() - ".sha256".length()))
                            .orElseThrow(() -> missing(file));
            byte[] line = (f.sha256() + "  " + f.name() + "\n").getBytes(StandardCharsets.UTF_8);
            return conditional(request, f)
                    .orElse(
                            headers(HttpResponse.ok(line), f)
                                    .contentType(MediaType.TEXT_PLAIN + ";charset=utf-8"));
        }
        BulkFile f = m.file(file).orElseThrow(() -> missing(file));
        MediaType type =
                f.dataset() == null
                        ? MediaType.APPLICATION_JSON_TYPE
                        : new MediaType("application/gzip");
        SystemFile body = new SystemFile(store.path(m, f).toFile(), type);
        if (f.dataset() != null) {
            body = body.attach(f.name());
        }
        return conditional(request, f)
                .orElse(
                        headers(HttpResponse.ok(body), f)
                                .header("Repr-Digest", "sha-256=:" + base64(f.sha256()) + ":"));
    }

    /** 304 when the client's copy is this build's (RFC 9110: If-None-Match wins over the date). */
    private static Optional<MutableHttpResponse<?>> conditional(
            HttpRequest<?> request, BulkFile f) {
        String match = request.getHeaders().get(HttpHeaders.IF_NONE_MATCH);
        boolean notModified;
        if (match != null) {
            notModified = false;
            for (String tag : match.split(",")) {
                String t = tag.strip();
                if (t.startsWith("W/")) {
                    t = t.substring(2);
                }
                notModified |= t.equals("*") || t.equals(f.etag());
            }
        } else {
            notModified =
                    request.getHeaders()
                            .findDate(HttpHeaders.IF_MODIFIED_SINCE)
                            .map(since -> !lastModified(f).isAfter(since.toInstant()))
                            .orElse(false);
        }
        return notModified ? Optional.of(headers(HttpResponse.notModified(), f)) : Optional.empty();
    }

    private static <T> MutableHttpResponse<T> headers(MutableHttpResponse<T> r, BulkFile f) {
        return r.header(HttpHeaders.ETAG, f.etag())
                .header(
                        HttpHeaders.LAST_MODIFIED,
                        DateTimeFormatter.RFC_1123_DATE_TIME.format(
                                ZonedDateTime.ofInstant(lastModified(f), ZoneOffset.UTC)))
                .header(HttpHeaders.CACHE_CONTROL, "public, no-cache");
    }

    /** HTTP dates have whole seconds. */
    private static Instant lastModified(BulkFile f) {
        return f.builtAt().truncatedTo(ChronoUnit.SECONDS);
    }

    private static String base64(String hex) {
        return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hex));
    }

    private static NotFoundException missing(String file) {
        return new NotFoundException(
                "没有名为“"
                        + (file.length() > 80 ? file.substring(0, 80) + "…" : file)
                        + "”的数据文件（文件可能尚在生成中）。可下载的文件见 /data 页面。");
    }
}
