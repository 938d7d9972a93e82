package gongkai.testsupport;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published API contract as a test oracle: every /api response a test receives can be checked
 * against the {@code /openapi.yml} the running portal serves (the spec micronaut-openapi generates
 * from the controllers). A response passes when its route and status are documented, it is JSON,
 * its body validates against the documented schema (OpenAPI 3.0 dialect, so {@code nullable}
 * counts), and an error is exactly {@code {"status": <the HTTP status>, "error": "中文…"}} with no
 * exception text.
 *
 * <p>Use: {@code ApiContract contract = ApiContract.of(server.getURI());
 * contract.check(web.get("/api/…"));} It remembers what it checked ({@link #checked()}), so a test
 * can assert it covered every documented (route, status) pair ({@link #documented()}).
 */
public final class ApiContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * OpenAPI 3.0 schemas; the spec's components ride along with each schema, and x- extensions
     * describe only.
     */
    private static final SchemaRegistry SCHEMAS =
            SchemaRegistry.withDefaultDialect(
                    Dialect.builder(Dialects.getOpenApi30())
                            .keyword(new NonValidationKeyword("components"))
                            .keyword(new NonValidationKeyword("x-enum-descriptions"))
                            .build());

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    /**
     * What a leaked exception looks like in a body: class names, stack frames, Java's own messages.
     */
    private static final Pattern LEAK =
            Pattern.compile(
                    "Exception|\\bat [a-z]+\\.[a-zA-Z.$]+\\(|For input string|java\\.|io\\.micronaut");

    private final ObjectNode spec;
    private final Map<String, Pattern> routes = new LinkedHashMap<>();
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();
    private final Set<String> checked = ConcurrentHashMap.newKeySet();

    private ApiContract(String yaml) {
        Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        this.spec = (ObjectNode) JSON.valueToTree(tree);
        spec.get("paths")
                .propertyNames()
                .forEach(
                        template ->
                                routes.put(
                                        template,
                                        Pattern.compile(
                                                template.replaceAll("\\{[^/}]+}", "[^/]+"))));
    }

    /** The contract the server at {@code base} publishes at /openapi.yml. */
    public static ApiContract of(URI base) {
        try {
            HttpResponse<String> response =
                    HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(base.resolve("/openapi.yml"))
                                            .timeout(Duration.ofSeconds(60))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new AssertionError("/openapi.yml answered " + response.statusCode());
            }
            return new ApiContract(response.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Checks a response of the JDK client (as {@link WebSession} returns them); returns it for
     * chaining.
     */
    public HttpResponse<String> check(HttpResponse<String> response) {
        check(
                response.request().method(),
                response.request().uri().getPath(),
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body());
        return response;
    }

    /**
     * Checks one answer: method and request path (not the template), status, Content-Type and body.
     */
    public void check(String method, String path, int status, String contentType, String body) {
        String where = method + " " + path + " → " + status;
        assertThat(
                contentType.startsWith("application/json"),
                where + ": Content-Type " + contentType + " is not JSON");
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (RuntimeException e) {
            throw new AssertionError(where + ": body is not JSON: " + body, e);
        }
        if (status >= 400) {
            checkError(where, status, json);
        }
        String template = template(path);
        if (template == null) {
            // An address no operation documents: only a JSON "not found / not allowed" is a fair
            // answer.
            assertThat(
                    status == 404 || status == 405,
                    where + ": undocumented route answered " + status);
            return;
        }
        JsonNode operation =
                spec.get("paths").get(template).get(method.toLowerCase(java.util.Locale.ROOT));
        if (operation == null) {
            // A method the route does not offer: only "not allowed" is a fair answer.
            assertThat(
                    status == 405,
                    where + ": method not documented for " + template + " yet answered " + status);
            return;
        }
        JsonNode documented = operation.get("responses").get(Integer.toString(status));
        assertThat(
                documented != null,
                where
                        + ": status "
                        + status
                        + " is not documented for "
                        + template
                        + " (documented: "
                        + operation.get("responses").propertyNames()
                        + ")");
        JsonNode schema = documented.path("content").path("application/json").get("schema");
        assertThat(schema != null, where + ": no application/json schema documented");
        List<Error> errors = schema(template, method, status, schema).validate(json);
        assertThat(
                errors.isEmpty(),
                where
                        + ": body does not match the spec: "
                        + errors
                        + "\nbody: "
                        + abbreviate(body));
        checked.add(key(template, method, status));
    }

    /**
     * An error from a route outside the spec (a test route, an unknown address): JSON, exactly
     * {@code {"status": <status>, "error": "中文…"}}, no exception text.
     */
    public static void checkError(String path, int status, String contentType, String body) {
        String where = path + " → " + status;
        assertThat(
                contentType.startsWith("application/json"),
                where + ": Content-Type " + contentType + " is not JSON");
        try {
            checkError(where, status, JSON.readTree(body));
        } catch (RuntimeException e) {
            throw new AssertionError(where + ": body is not JSON: " + body, e);
        }
    }

    /**
     * Every error body: exactly the documented two fields, the HTTP status, a Chinese message, no
     * exception text.
     */
    private static void checkError(String where, int status, JsonNode json) {
        assertThat(
                json.isObject() && json.size() == 2 && json.has("status") && json.has("error"),
                where + ": an error must be {\"status\":…, \"error\":\"…\"}, was " + json);
        assertThat(
                json.get("status").isInt() && json.get("status").intValue() == status,
                where + ": \"status\" must equal the HTTP status, was " + json.get("status"));
        String message = json.get("error").isString() ? json.get("error").stringValue() : "";
        assertThat(
                HAN.matcher(message).find(),
                where + ": the error must explain in Chinese, was " + json.get("error"));
        assertThat(
                !LEAK.matcher(message).find(),
                where + ": the error shows exception text: " + message);
    }

    /** "GET /api/search 200" for every documented response of every operation. */
    public Set<String> documented() {
        Set<String> all = new TreeSet<>();
        spec.get("paths")
                .properties()
                .forEach(
                        path ->
                                path.getValue()
                                        .properties()
                                        .forEach(
                                                op ->
                                                        op.getValue()
                                                                .get("responses")
                                                                .propertyNames()
                                                                .forEach(
                                                                        status ->
                                                                                all.add(
                                                                                        key(
                                                                                                path
                                                                                                        .getKey(),
                                                                                                op
                                                                                                        .getKey(),
                                                                                                Integer
                                                                                                        .parseInt(
                                                                                                                status))))));
        return all;
    }

    /** The documented (route, status) pairs that a passing {@link #check} has seen. */
    public Set<String> checked() {
        return new TreeSet<>(checked);
    }

    private String template(String path) {
        if (routes.containsKey(path)) {
            return path;
        }
        return routes.entrySet().stream()
                .filter(e -> e.getValue().matcher(path).matches())
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    /**
     * The response schema as its own document, with the spec's components beside it so its $refs
     * resolve.
     */
    private Schema schema(String template, String method, int status, JsonNode schema) {
        return compiled.computeIfAbsent(
                key(template, method, status),
                k -> {
                    ObjectNode document = ((ObjectNode) schema).deepCopy();
                    document.set("components", spec.get("components"));
                    return SCHEMAS.getSchema(document);
                });
    }

    private static String key(String template, String method, int status) {
        return method.toUpperCase(java.util.Locale.ROOT) + " " + template + " " + status;
    }

    private static String abbreviate(String body) {
        return body.length() <= 2000 ? body : body.substring(0, 2000) + "…";
    }

    private static void assertThat(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
