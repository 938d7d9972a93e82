package gongkai.bench;

import gongkai.testsupport.WebSession;
import java.net.http.HttpResponse;
import java.util.Arrays;

/**
 * One browser session of the soak ({@link WebSession}: cookies, redirects not followed) whose every
 * request is timed and tallied under a kind. An answer with a status the step did not expect is an
 * error: it is recorded and the step throws {@link Failed}, so a writer abandons its cycle.
 */
final class SoakStep {

    /** Thrown after an unexpected answer has been tallied. */
    static final class Failed extends RuntimeException {
        Failed() {
            super(null, null, false, false);
        }
    }

    private final WebSession session;
    private final SoakTally tally;

    SoakStep(WebSession session, SoakTally tally) {
        this.session = session;
        this.tally = tally;
    }

    HttpResponse<String> get(String kind, String path, int... expected) {
        long t0 = System.nanoTime();
        HttpResponse<String> r;
        try {
            r = session.get(path);
        } catch (RuntimeException e) {
            tally.error(kind, "GET", path, "no answer: " + rootMessage(e));
            throw new Failed();
        }
        return checked(kind, "GET", path, r, System.nanoTime() - t0, expected);
    }

    HttpResponse<String> post(String kind, SoakForm form, int... expected) {
        long t0 = System.nanoTime();
        HttpResponse<String> r;
        try {
            r = session.post(form.action(), form.fields());
        } catch (RuntimeException e) {
            tally.error(kind, "POST", form.action(), "no answer: " + rootMessage(e));
            throw new Failed();
        }
        return checked(kind, "POST", form.action(), r, System.nanoTime() - t0, expected);
    }

    /** The page's form posting to {@code action}; a page without it is an error of {@code kind}. */
    SoakForm form(String html, String action, String kind) {
        return SoakForm.find(html, action)
                .orElseGet(
                        () -> {
                            tally.error(kind, "FORM", action, "the served page has no such form");
                            throw new Failed();
                        });
    }

    private HttpResponse<String> checked(
            String kind,
            String method,
            String path,
            HttpResponse<String> r,
            long nanos,
            int... expected) {
        if (Arrays.stream(expected).noneMatch(s -> s == r.statusCode())) {
            tally.error(kind, method, path, "HTTP " + r.statusCode() + " " + excerpt(r));
            throw new Failed();
        }
        tally.ok(kind, nanos);
        return r;
    }

    /** The page's alert or the JSON error, so a report says why without a log dive. */
    private static String excerpt(HttpResponse<String> r) {
        String body = r.body() == null ? "" : r.body();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile(
                                "role=\"alert\"[^>]*>([^<]{1,160})|\"error\"\\s*:\\s*\"([^\"]{1,160})\"")
                        .matcher(body);
        if (m.find()) {
            return "(" + (m.group(1) != null ? m.group(1) : m.group(2)).strip() + ")";
        }
        String location = r.headers().firstValue("Location").orElse("");
        return location.isEmpty() ? "" : "→ " + location;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
