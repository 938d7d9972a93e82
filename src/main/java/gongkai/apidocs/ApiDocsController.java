package gongkai.apidocs;

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

    ApiDocsController(OpenApiSpec spec) {
        this.spec = spec;
    }

    @Serdeable
    record Model(ApiDocs api) {}

    @Get("/openapi.yml")
    HttpResponse<byte[]> yaml() {
        return HttpResponse.ok(spec.yaml())
                .contentType(new MediaType("application/yaml;charset=utf-8"));
    }

    @Get("/api-docs")
    @View("apidocs/index")
    @Produces(MediaType.TEXT_HTML)
    Model page() {
        return new Model(spec.docs());
    }
}
