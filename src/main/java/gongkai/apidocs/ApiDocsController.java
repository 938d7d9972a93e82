package gongkai.apidocs;

import gongkai.account.TrustedProxies;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;

/** {@code /openapi.yml} (the generated spec) and {@code /api-docs} (the same, readable). */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class ApiDocsController {

    private final OpenApiSpec spec;
    private final TrustedProxies proxies;

    ApiDocsController(OpenApiSpec spec, TrustedProxies proxies) {
        this.spec = spec;
        this.proxies = proxies;
    }

    /** {@code base}: the portal's address as the reader reached it, for the example lines. */
    @Serdeable
    record Model(ApiDocs api, String base) {}

    @Get("/openapi.yml")
    HttpResponse<byte[]> yaml() {
        return HttpResponse.ok(spec.yaml())
                .contentType(new MediaType("application/yaml;charset=utf-8"));
    }

    @Get("/api-docs")
    @View("apidocs/index")
    @Produces(MediaType.TEXT_HTML)
    Model page(HttpRequest<?> request) {
        String host = request.getHeaders().get("Host");
        String base =
                host != null && host.matches("[A-Za-z0-9.:\\[\\]-]{1,300}")
                        ? proxies.scheme(request) + "://" + host
                        : "http://localhost:8080";
        return new Model(spec.docs(), base);
    }
}
