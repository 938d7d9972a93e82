package gongkai.disclosure.export;

import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.StandardTable;
import gongkai.web.BadRequestException;
import gongkai.web.NotFoundException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Stable download URLs of one public disclosure: {@code /disclosures/{id}/download.csv} (every
 * table, long format; {@code ?table=G03} or {@code ?table=公开03} for one), {@code
 * /disclosures/{id}/download.xlsx} (one sheet per table) and {@code
 * /disclosures/{id}/download.json} (the read API's document, as a file). They produce any type: a
 * browser asking for text/html still gets the file (or an error page).
 */
// File downloads for people; the same data is in the open API as /api/disclosures/{id}.
@Hidden
@Controller("/disclosures")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class DisclosureDownloadController {

    static final String CSV = "text/csv; charset=UTF-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final DisclosureCatalog catalog;
    private final DisclosureExports exports;
    private final PublicChecks checks;

    DisclosureDownloadController(
            DisclosureCatalog catalog, DisclosureExports exports, PublicChecks checks) {
        this.catalog = catalog;
        this.exports = exports;
        this.checks = checks;
    }

    @Get("/{id}/download.csv")
    @Produces(MediaType.ALL)
    HttpResponse<byte[]> csv(@PathVariable long id, @Nullable @QueryValue String table) {
        StandardTable only = null;
        if (table != null && !table.isBlank()) {
            only =
                    DisclosureExports.parseTable(table)
                            .orElseThrow(
                                    () -> new BadRequestException("参数 table 应为表号，如 G03 或 公开03。"));
        }
        DisclosureDocument d = publicDocument(id);
        StandardTable wanted = only;
        if (wanted != null && d.tables().stream().noneMatch(t -> t.kind() == wanted)) {
            throw new NotFoundException("该决算没有" + wanted.label() + "（" + wanted.title() + "）。");
        }
        return file(
                exports.csv(d, only),
                CSV,
                d,
                only == null ? null : only.label(),
                only == null ? null : only.name(),
                "csv");
    }

    @Get("/{id}/download.xlsx")
    @Produces(MediaType.ALL)
    HttpResponse<byte[]> xlsx(@PathVariable long id) {
        DisclosureDocument d = publicDocument(id);
        return file(exports.xlsx(d), XLSX, d, null, null, "xlsx");
    }

    @Get("/{id}/download.json")
    @Produces(MediaType.ALL)
    HttpResponse<DisclosureDocument> json(@PathVariable long id) {
        // the same document as the read API, findings included
        DisclosureDocument d = publicDocument(id);
        d = d.withFindings(checks.findings(d));
        return HttpResponse.ok(d)
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", disposition(d, null, null, "json"));
    }

    private DisclosureDocument publicDocument(long id) {
        return catalog.document(id)
                .filter(DisclosureApiController::isPublic)
                .orElseThrow(() -> new NotFoundException("编号为 " + id + " 的决算公开不存在或尚未公开。"));
    }

    private static HttpResponse<byte[]> file(
            byte[] body,
            String contentType,
            DisclosureDocument d,
            @Nullable String tableLabel,
            @Nullable String tableKey,
            String ext) {
        return HttpResponse.ok(body)
                .contentType(contentType)
                .header("Content-Disposition", disposition(d, tableLabel, tableKey, ext));
    }

    /**
     * {@code attachment} with an ASCII fallback name and the readable Chinese one as RFC 6266
     * {@code filename*}, e.g. 醴陵市司法局-2023年度部门决算-第1版-公开03.csv.
     */
    static String disposition(
            DisclosureDocument d,
            @Nullable String tableLabel,
            @Nullable String tableKey,
            String ext) {
        String ascii =
                "disclosure-" + d.id() + (tableKey == null ? "" : "-" + tableKey) + "." + ext;
        String name =
                d.unit().name()
                        + "-"
                        + d.fiscalYear()
                        + "年度"
                        + d.kind().label()
                        + "-第"
                        + d.revision()
                        + "版"
                        + (tableLabel == null ? "" : "-" + tableLabel)
                        + "."
                        + ext;
        String encoded =
                URLEncoder.encode(name, StandardCharsets.UTF_8)
                        .replace("+", "%20")
                        .replace("*", "%2A");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
