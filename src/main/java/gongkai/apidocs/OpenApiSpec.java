package gongkai.apidocs;

import io.micronaut.core.io.ResourceLoader;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The OpenAPI spec that micronaut-openapi generates from the controllers at compile time ({@code
 * META-INF/swagger/openapi.yml}), served as is and read into {@link ApiDocs} for the human page, so
 * the page and the spec cannot drift apart.
 */
@Singleton
class OpenApiSpec {

    static final String RESOURCE = "classpath:META-INF/swagger/openapi.yml";

    private final byte[] yaml;
    private final ApiDocs docs;

    OpenApiSpec(ResourceLoader resources) {
        try (InputStream in =
                resources
                        .getResourceAsStream(RESOURCE.substring("classpath:".length()))
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "the build did not generate " + RESOURCE))) {
            this.yaml = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.docs =
                read(
                        new Yaml(new SafeConstructor(new LoaderOptions()))
                                .load(new String(yaml, StandardCharsets.UTF_8)));
    }

    byte[] yaml() {
        return yaml.clone();
    }

    ApiDocs docs() {
        return docs;
    }

    /**
     * The parsed YAML is untyped by nature; it is turned into records right here and nowhere else.
     */
    @SuppressWarnings("unchecked")
    private static ApiDocs read(Map<String, Object> spec) {
        Map<String, Object> info = (Map<String, Object>) spec.getOrDefault("info", Map.of());
        Map<String, Object> paths = (Map<String, Object>) spec.getOrDefault("paths", Map.of());
        List<ApiDocs.Endpoint> endpoints = new ArrayList<>();
        paths.forEach(
                (path, methods) ->
                        ((Map<String, Object>) methods)
                                .forEach(
                                        (method, op) -> {
                                            Map<String, Object> operation =
                                                    (Map<String, Object>) op;
                                            List<ApiDocs.Param> params =
                                                    ((List<Map<String, Object>>)
                                                                    operation.getOrDefault(
                                                                            "parameters",
                                                                            List.of()))
                                                            .stream()
                                                                    .map(
                                                                            p ->
                                                                                    new ApiDocs
                                                                                            .Param(
                                                                                            str(
                                                                                                    p
                                                                                                            .get(
                                                                                                                    "name")),
                                                                                            str(
                                                                                                    p
                                                                                                            .get(
                                                                                                                    "in")),
                                                                                            type(
                                                                                                    (Map<
                                                                                                                    String,
                                                                                                                    Object>)
                                                                                                            p
                                                                                                                    .getOrDefault(
                                                                                                                            "schema",
                                                                                                                            Map
                                                                                                                                    .of())),
                                                                                            Boolean
                                                                                                    .TRUE
                                                                                                    .equals(
                                                                                                            p
                                                                                                                    .get(
                                                                                                                            "required")),
                                                                                            str(
                                                                                                    p
                                                                                                            .get(
                                                                                                                    "description")),
                                                                                            str(
                                                                                                    p
                                                                                                            .get(
                                                                                                                    "example"))))
                                                                    .toList();
                                            List<ApiDocs.Response> responses =
                                                    ((Map<String, Object>)
                                                                    operation.getOrDefault(
                                                                            "responses", Map.of()))
                                                            .entrySet().stream()
                                                                    .map(
                                                                            e ->
                                                                                    new ApiDocs
                                                                                            .Response(
                                                                                            e
                                                                                                    .getKey(),
                                                                                            str(
                                                                                                    ((Map<
                                                                                                                            String,
                                                                                                                            Object>)
                                                                                                                    e
                                                                                                                            .getValue())
                                                                                                            .get(
                                                                                                                    "description"))))
                                                                    .toList();
                                            List<String> tags =
                                                    (List<String>)
                                                            operation.getOrDefault(
                                                                    "tags", List.of());
                                            endpoints.add(
                                                    new ApiDocs.Endpoint(
                                                            method.toUpperCase(),
                                                            path,
                                                            str(operation.get("summary")),
                                                            str(operation.get("description")),
                                                            tags.isEmpty() ? "其他" : tags.get(0),
                                                            params,
                                                            responses,
                                                            "get".equals(method)
                                                                    ? example(path, params)
                                                                    : null,
                                                            "get".equals(method)
                                                                    ? NotebookExamples.of(
                                                                            path, params)
                                                                    : null));
                                        }));
        endpoints.sort(Comparator.comparing(ApiDocs.Endpoint::path));
        return new ApiDocs(
                str(info.get("title")),
                str(info.get("description")),
                str(info.get("version")),
                endpoints);
    }

    private static String type(Map<String, Object> schema) {
        String format = str(schema.get("format"));
        String type = str(schema.get("type"));
        return format.isEmpty() ? type : type + " (" + format + ")";
    }

    /**
     * A link that runs the endpoint with the documented example values, when every required one has
     * an example.
     */
    private static String example(String path, List<ApiDocs.Param> params) {
        String url = path;
        for (ApiDocs.Param p : params) {
            if ("path".equals(p.location())) {
                if (p.example().isEmpty()) {
                    return null;
                }
                url = url.replace("{" + p.name() + "}", p.example());
            }
        }
        String query =
                params.stream()
                        .filter(p -> "query".equals(p.location()) && !p.example().isEmpty())
                        .map(
                                p ->
                                        p.name()
                                                + "="
                                                + URLEncoder.encode(
                                                        p.example(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
        boolean missingRequired =
                params.stream()
                        .anyMatch(
                                p ->
                                        p.required()
                                                && p.example().isEmpty()
                                                && "query".equals(p.location()));
        return missingRequired ? null : query.isEmpty() ? url : url + "?" + query;
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
