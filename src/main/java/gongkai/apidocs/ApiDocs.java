package gongkai.apidocs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The open API as the documentation page shows it. */
@Serdeable
record ApiDocs(String title, String description, String version, List<Endpoint> endpoints) {

    @Serdeable
    record Endpoint(
            String method,
            String path,
            String summary,
            String description,
            String tag,
            List<Param> params,
            List<Response> responses,
            @Nullable String exampleHref,
            @Nullable NotebookExamples.Lines examples) {}

    @Serdeable
    record Param(
            String name,
            String location,
            String type,
            boolean required,
            String description,
            String example) {}

    @Serdeable
    record Response(String status, String description) {}
}
