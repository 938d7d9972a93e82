package gongkai.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP session against the running test server: keeps cookies, does not follow
 * redirects (tests check them), and reads the CSRF token and form fields out of pages.
 */
public final class WebSession {

    /** What a browser sends: pages first, anything else accepted. */
    private static final String BROWSER_ACCEPT =
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static final Pattern CSRF = Pattern.compile("name=\"csrfToken\" value=\"([^\"]*)\"");
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"([^\"]*)\"");

    private final URI base;
    private final HttpClient client;
    private final CookieManager cookies = new CookieManager();

    public WebSession(URI base) {
        this.base = base;
        // HTTP/1.1 as browsers speak it to this server; the default h2c upgrade attempt only adds a
        // round trip.
        this.client =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .cookieHandler(cookies)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();
    }

    /** Status and body of a response read off a raw socket. */
    public record RawResponse(int status, String body) {}

    /**
     * Posts a body the server may refuse before reading it (over the size limit), as a browser
     * does: the body is written from another thread while the answer is read. The JDK client would
     * only read the answer after writing the whole body, and block forever once the server stops
     * reading.
     */
    public RawResponse postEarlyAnswered(String path, String contentType, byte[] body) {
        String cookieHeader =
                cookies.getCookieStore().get(base).stream()
                        .map(HttpCookie::toString)
                        .collect(Collectors.joining("; "));
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(120_000);
            String head =
                    "POST "
                            + path
                            + " HTTP/1.1\r\nHost: "
                            + base.getHost()
                            + "\r\nAccept: "
                            + BROWSER_ACCEPT
                            + "\r\nContent-Type: "
                            + contentType
                            + "\r\nContent-Length: "
                            + body.length
                            + (cookieHeader.isEmpty() ? "" : "\r\nCookie: " + cookieHeader)
                            + "\r\nConnection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.UTF_8));
            Thread writer =
                    new Thread(
                            () -> {
                                try {
                                    out.write(body);
                                } catch (IOException refused) {
                                    // the server answered and closed: expected for an oversized
                                    // body
                                }
                            });
            writer.setDaemon(true);
            writer.start();
            BufferedReader in =
                    new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            int status = Integer.parseInt(in.readLine().split(" ")[1]);
            StringBuilder rest = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                rest.append(buffer, 0, n);
            }
            return new RawResponse(status, rest.toString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The value of a cookie this session holds for the server, or null (e.g. the session cookie).
     */
    public String cookie(String name) {
        return cookies.getCookieStore().get(base).stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    /** Sets a cookie as if the server had sent it (e.g. another browser's session cookie). */
    public void setCookie(String name, String value) {
        // Through the manager, as a Set-Cookie header, so it replaces and is replaced by the
        // server's own.
        try {
            cookies.put(
                    base, Map.of("Set-Cookie", java.util.List.of(name + "=" + value + "; Path=/")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A download (e.g. an XLSX file) as bytes, with this session's cookies. */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return client.send(
                    HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path) {
        return send(
                HttpRequest.newBuilder(base.resolve(path))
                        .header("Accept", BROWSER_ACCEPT)
                        .GET()
                        .build());
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        String body =
                form.entrySet().stream()
                        .map(
                                e ->
                                        URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                                                + "="
                                                + URLEncoder.encode(
                                                        e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
        return send(
                HttpRequest.newBuilder(base.resolve(path))
                        .header("Accept", BROWSER_ACCEPT)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
    }

    /** Uploads one file as multipart/form-data (field {@code file}). */
    public HttpResponse<String> upload(String path, String fileName, byte[] content) {
        String boundary = "----gongkai" + System.nanoTime();
        byte[] head =
                ("--"
                                + boundary
                                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                                + fileName
                                + "\"\r\nContent-Type: text/plain\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(
                HttpRequest.newBuilder(base.resolve(path))
                        .header("Accept", "application/json")
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .timeout(Duration.ofMinutes(5)) // large bodies on a busy machine
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build());
    }

    /**
     * Uploads one file as multipart/form-data (field {@code file}) with other form fields (e.g.
     * csrfToken), as a page form would.
     */
    public HttpResponse<String> uploadForm(
            String path, Map<String, String> fields, String fileName, byte[] content) {
        String boundary = "----gongkai" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach(
                (k, v) ->
                        body.writeBytes(
                                ("--"
                                                + boundary
                                                + "\r\nContent-Disposition: form-data; name=\""
                                                + k
                                                + "\"\r\n\r\n"
                                                + v
                                                + "\r\n")
                                        .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(
                ("--"
                                + boundary
                                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                                + fileName
                                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(
                HttpRequest.newBuilder(base.resolve(path))
                        .header("Accept", BROWSER_ACCEPT)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .timeout(Duration.ofMinutes(5)) // large bodies on a busy machine
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build());
    }

    /** Logs in through the real form; returns the response (303 to /staff on success). */
    public HttpResponse<String> login(String username, String password) {
        return post("/login", Map.of("username", username, "password", password));
    }

    /** Posts a form the way the page would: with the page's CSRF token (and version, if any). */
    public HttpResponse<String> submitForm(
            String pagePath, String action, Map<String, String> fields) {
        String page = get(pagePath).body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrfToken", first(CSRF, page));
        String version = first(VERSION, page);
        if (!version.isEmpty()) {
            form.put("version", version);
        }
        form.putAll(fields);
        return post(action, form);
    }

    public static String first(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        return m.find() ? m.group(1) : "";
    }

    private HttpResponse<String> send(HttpRequest request) {
        // A template that fails while rendering leaves the response unanswered (micronaut-views
        // #832):
        // fail the test in a minute rather than hang the build.
        HttpRequest bounded =
                request.timeout().isPresent()
                        ? request
                        : HttpRequest.newBuilder(request, (name, value) -> true)
                                .timeout(Duration.ofSeconds(60))
                                .build();
        try {
            return client.send(bounded, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
