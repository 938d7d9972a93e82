package gongkai.compare;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** {@code /compare.csv}: every row of a {@code /compare} view (all pages), in the view's order. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class CompareCsvController {

    private final CompareService compare;

    CompareCsvController(CompareService compare) {
        this.compare = compare;
    }

    @Hidden // a download of the page's rows; the open API is /api/compare
    @Get("/compare.csv")
    @Produces("text/csv")
    HttpResponse<byte[]> csv(
            @Nullable @QueryValue String code,
            @Nullable @QueryValue String year,
            @Nullable @QueryValue String region,
            @Nullable @QueryValue String level,
            @Nullable @QueryValue String sort,
            @Nullable @QueryValue String order,
            @Nullable @QueryValue String rateMin,
            @Nullable @QueryValue String rateMax) {
        CompareQuery q =
                compare.query(
                        code,
                        year,
                        region,
                        level,
                        sort,
                        order,
                        1,
                        CompareQuery.DEFAULT_SIZE,
                        rateMin,
                        rateMax);
        byte[] body = CompareCsv.write(q.code(), compare.rows(q));
        String file = "compare-" + q.code().code() + ".csv";
        return HttpResponse.ok(body)
                .contentType(new MediaType("text/csv; charset=utf-8"))
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"compare.csv\"; filename*=UTF-8''"
                                + URLEncoder.encode(file, StandardCharsets.UTF_8)
                                        .replace("+", "%20"));
    }
}
