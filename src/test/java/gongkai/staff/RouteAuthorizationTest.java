package gongkai.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.account.AccountService;
import gongkai.account.Role;
import gongkai.disclosure.DisclosureService;
import gongkai.disclosure.PerformanceProject;
import gongkai.importer.ImportService;
import gongkai.importer.report.ImportReport;
import gongkai.testsupport.Samples;
import gongkai.testsupport.WebSession;
import gongkai.unit.UnitService;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every staff route and every staff-facing API, tried by every role: anonymous, the editor of unit
 * A (醴陵市司法局, owner of the draft), the editor of unit B (内蒙古自治区法治宣传中心), a reviewer whose region
 * covers A, a reviewer whose region does not, and an administrator. A second test collects the
 * routes from the Micronaut router and fails when one is missing from the table.
 *
 * <p>Requests that are let through carry a stale version or invalid input, so they stop at
 * validation (409/422/400) and change nothing; what matters is that they are not turned away
 * (401/403/404/login).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteAuthorizationTest {

    enum Who {
        ANONYMOUS,
        EDITOR_A,
        EDITOR_B,
        REVIEWER_IN,
        REVIEWER_OUT,
        ADMIN
    }

    /**
     * What a role must get: through to the handler, sent to the login, 401 JSON, 403, or 404 like a
     * missing id.
     */
    enum Outcome {
        ALLOWED,
        LOGIN,
        UNAUTHORIZED,
        FORBIDDEN,
        HIDDEN
    }

    record Route(
            String method,
            String template,
            Function<RouteAuthorizationTest, String> path,
            Map<String, String> form,
            Map<Who, Outcome> expected) {}

    @Inject EmbeddedServer server;
    @Inject AccountService accounts;
    @Inject ImportService imports;
    @Inject DisclosureService disclosures;
    @Inject UnitService units;
    @Inject Router router;

    long draft;
    long project;
    long unitA;
    final Map<Who, WebSession> sessions = new EnumMap<>(Who.class);

    @BeforeAll
    void setUp() {
        ImportReport a =
                imports.importDocument("004", Samples.bytes(Samples.LILING_JUSTICE_BUREAU), false);
        ImportReport b =
                imports.importDocument("000", Samples.bytes(Samples.NMG_PUBLICITY_CENTRE), true);
        draft = a.disclosureId();
        unitA = units.byName(a.unitName()).get(0).id();
        long version = disclosures.byId(draft).orElseThrow().version();
        disclosures.saveProject(
                draft,
                version,
                null,
                new PerformanceProject(
                        null,
                        null,
                        0,
                        PerformanceProject.Kind.PROJECT,
                        "社区矫正经费",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false),
                List.of());
        project =
                disclosures
                        .projects(draft)
                        .get(disclosures.projects(draft).size() - 1)
                        .project()
                        .id();
        accounts.add(
                new AccountService.NewAccount(
                        "authz-a", Role.UNIT_EDITOR, a.unitName(), null, "authz-password-a"),
                "test");
        accounts.add(
                new AccountService.NewAccount(
                        "authz-b", Role.UNIT_EDITOR, b.unitName(), null, "authz-password-b"),
                "test");
        accounts.add(
                new AccountService.NewAccount(
                        "authz-hunan", Role.REVIEWER, null, "430000", "authz-password-r"),
                "test");
        accounts.add(
                new AccountService.NewAccount(
                        "authz-nmg", Role.REVIEWER, null, "150000", "authz-password-o"),
                "test");
        accounts.add(
                new AccountService.NewAccount(
                        "authz-admin", Role.ADMIN, null, null, "authz-password-x"),
                "test");
        sessions.put(Who.ANONYMOUS, new WebSession(server.getURI()));
        sessions.put(Who.EDITOR_A, login("authz-a", "authz-password-a"));
        sessions.put(Who.EDITOR_B, login("authz-b", "authz-password-b"));
        sessions.put(Who.REVIEWER_IN, login("authz-hunan", "authz-password-r"));
        sessions.put(Who.REVIEWER_OUT, login("authz-nmg", "authz-password-o"));
        sessions.put(Who.ADMIN, login("authz-admin", "authz-password-x"));
    }

    private WebSession login(String user, String password) {
        WebSession s = new WebSession(server.getURI());
        assertEquals(303, s.login(user, password).statusCode());
        return s;
    }

    // Who may do what, by kind of route.
    private static Map<Who, Outcome> outcomes(
            Outcome anonymous, Outcome a, Outcome b, Outcome in, Outcome out, Outcome admin) {
        Map<Who, Outcome> m = new EnumMap<>(Who.class);
        m.put(Who.ANONYMOUS, anonymous);
        m.put(Who.EDITOR_A, a);
        m.put(Who.EDITOR_B, b);
        m.put(Who.REVIEWER_IN, in);
        m.put(Who.REVIEWER_OUT, out);
        m.put(Who.ADMIN, admin);
        return m;
    }

    private static final Outcome OK = Outcome.ALLOWED;
    private static final Outcome NO = Outcome.FORBIDDEN;
    private static final Outcome HIDDEN = Outcome.HIDDEN;
    private static final Outcome LOGIN = Outcome.LOGIN;

    /** Reading a draft of unit A. */
    private static final Map<Who, Outcome> VIEW = outcomes(LOGIN, OK, HIDDEN, OK, NO, OK);

    /** Changing a draft of unit A. */
    private static final Map<Who, Outcome> EDIT = outcomes(LOGIN, OK, HIDDEN, NO, NO, OK);

    /** Publishing or returning a disclosure of unit A. */
    private static final Map<Who, Outcome> REVIEW = outcomes(LOGIN, NO, HIDDEN, OK, NO, OK);

    private static final Map<Who, Outcome> ANY_STAFF = outcomes(LOGIN, OK, OK, OK, OK, OK);
    private static final Map<Who, Outcome> EDITORS = outcomes(LOGIN, OK, OK, NO, NO, NO);
    private static final Map<Who, Outcome> REVIEWERS = outcomes(LOGIN, NO, NO, OK, OK, OK);
    private static final Map<Who, Outcome> ADMINS = outcomes(LOGIN, NO, NO, NO, NO, OK);
    private static final Map<Who, Outcome> API_IMPORT =
            outcomes(Outcome.UNAUTHORIZED, OK, OK, NO, NO, OK);
    private static final Map<Who, Outcome> PUBLIC = outcomes(OK, OK, OK, OK, OK, OK);

    /** The API never serves drafts, to anyone. */
    private static final Map<Who, Outcome> NEVER =
            outcomes(HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN);

    private static Route get(
            String template,
            Function<RouteAuthorizationTest, String> path,
            Map<Who, Outcome> expected) {
        return new Route("GET", template, path, Map.of(), expected);
    }

    private static Route post(
            String template,
            Function<RouteAuthorizationTest, String> path,
            Map<String, String> form,
            Map<Who, Outcome> expected) {
        return new Route("POST", template, path, form, expected);
    }

    private static final Map<String, String> STALE =
            Map.of("version", "-1", "title", "x", "body", "x", "rows", "0", "name", "x");

    /**
     * Every staff route and staff-facing API; {@link #everyRouteIsInTheTable} keeps this list
     * complete.
     */
    static List<Route> routes() {
        String d = "/staff/disclosures/{id}";
        List<Route> r = new ArrayList<>();
        r.add(get("/staff", t -> "/staff", ANY_STAFF));
        r.add(
                post(
                        "/staff/disclosures",
                        t -> "/staff/disclosures",
                        Map.of("year", "1999"),
                        EDITORS));
        r.add(post("/staff/imports", t -> "/staff/imports", Map.of(), EDITORS));
        r.add(post("/staff/imports/preview", t -> "/staff/imports/preview", Map.of(), EDITORS));
        r.add(
                post(
                        "/staff/imports/confirm",
                        t -> "/staff/imports/confirm",
                        Map.of("uploadToken", "none"),
                        EDITORS));
        r.add(get(d, t -> "/staff/disclosures/" + t.draft, VIEW));
        r.add(post(d + "/profile", t -> "/staff/disclosures/" + t.draft + "/profile", STALE, EDIT));
        r.add(
                post(
                        d + "/sections/{position}",
                        t -> "/staff/disclosures/" + t.draft + "/sections/0",
                        STALE,
                        EDIT));
        r.add(
                post(
                        d + "/submit",
                        t -> "/staff/disclosures/" + t.draft + "/submit",
                        Map.of(),
                        EDIT));
        r.add(
                post(
                        d + "/publish",
                        t -> "/staff/disclosures/" + t.draft + "/publish",
                        Map.of(),
                        REVIEW));
        r.add(
                post(
                        d + "/delete",
                        t -> "/staff/disclosures/" + t.draft + "/delete",
                        Map.of(),
                        EDIT));
        r.add(get(d + "/preview", t -> "/staff/disclosures/" + t.draft + "/preview", VIEW));
        r.add(
                get(
                        d + "/checklist.xlsx",
                        t -> "/staff/disclosures/" + t.draft + "/checklist.xlsx",
                        VIEW));
        r.add(get("/staff/checklists.xlsx", t -> "/staff/checklists.xlsx", REVIEWERS));
        r.add(
                post(
                        d + "/confirm-unread",
                        t -> "/staff/disclosures/" + t.draft + "/confirm-unread",
                        Map.of(),
                        VIEW));
        r.add(
                post(
                        d + "/return",
                        t -> "/staff/disclosures/" + t.draft + "/return",
                        Map.of(),
                        REVIEW));
        r.add(
                post(
                        d + "/withdraw",
                        t -> "/staff/disclosures/" + t.draft + "/withdraw",
                        Map.of("reason", "x"),
                        outcomes(LOGIN, NO, HIDDEN, NO, NO, OK)));
        r.add(
                post(
                        d + "/correct",
                        t -> "/staff/disclosures/" + t.draft + "/correct",
                        Map.of("note", "x"),
                        EDIT));
        r.add(
                get(
                        "/staff/disclosures/{id}/tables/{kind}",
                        t -> "/staff/disclosures/" + t.draft + "/tables/G03",
                        VIEW));
        r.add(
                post(
                        "/staff/disclosures/{id}/tables/{kind}",
                        t -> "/staff/disclosures/" + t.draft + "/tables/G03",
                        STALE,
                        EDIT));
        String p = "/staff/disclosures/{id}/performance";
        r.add(get(p, t -> "/staff/disclosures/" + t.draft + "/performance", VIEW));
        r.add(get(p + "/new", t -> "/staff/disclosures/" + t.draft + "/performance/new", EDIT));
        r.add(
                post(
                        p + "/new",
                        t -> "/staff/disclosures/" + t.draft + "/performance/new",
                        STALE,
                        EDIT));
        r.add(
                get(
                        p + "/{projectId}",
                        t -> "/staff/disclosures/" + t.draft + "/performance/" + t.project,
                        VIEW));
        r.add(
                post(
                        p + "/{projectId}",
                        t -> "/staff/disclosures/" + t.draft + "/performance/" + t.project,
                        STALE,
                        EDIT));
        r.add(
                post(
                        p + "/{projectId}/delete",
                        t ->
                                "/staff/disclosures/"
                                        + t.draft
                                        + "/performance/"
                                        + t.project
                                        + "/delete",
                        STALE,
                        EDIT));
        r.add(get("/staff/audit", t -> "/staff/audit", REVIEWERS));
        r.add(get("/staff/admin", t -> "/staff/admin", ADMINS));
        r.add(get("/staff/admin/accounts", t -> "/staff/admin/accounts", ADMINS));
        r.add(
                post(
                        "/staff/admin/accounts",
                        t -> "/staff/admin/accounts",
                        Map.of("username", "", "role", "ADMIN"),
                        ADMINS));
        r.add(
                post(
                        "/staff/admin/accounts/{username}/disable",
                        t -> "/staff/admin/accounts/nobody-here/disable",
                        Map.of(),
                        ADMINS));
        r.add(
                post(
                        "/staff/admin/accounts/{username}/enable",
                        t -> "/staff/admin/accounts/nobody-here/enable",
                        Map.of(),
                        ADMINS));
        r.add(
                post(
                        "/staff/admin/accounts/scope",
                        t -> "/staff/admin/accounts/scope",
                        Map.of("username", "nobody-here", "role", "x"),
                        ADMINS));
        r.add(
                post(
                        "/staff/admin/accounts/{username}/password",
                        t -> "/staff/admin/accounts/nobody-here/password",
                        Map.of("password", "x"),
                        ADMINS));
        r.add(get("/staff/admin/units", t -> "/staff/admin/units", ADMINS));
        r.add(post("/staff/admin/units", t -> "/staff/admin/units", Map.of("name", ""), ADMINS));
        r.add(get("/staff/admin/units/{id}", t -> "/staff/admin/units/" + t.unitA, ADMINS));
        r.add(
                post(
                        "/staff/admin/units/{id}",
                        t -> "/staff/admin/units/" + t.unitA,
                        Map.of("name", ""),
                        ADMINS));
        r.add(get("/staff/admin/regions", t -> "/staff/admin/regions", ADMINS));
        r.add(get("/staff/admin/outbox", t -> "/staff/admin/outbox", ADMINS));
        r.add(
                post(
                        "/staff/admin/outbox/{id}/retry",
                        t -> "/staff/admin/outbox/999999/retry",
                        Map.of(),
                        ADMINS));
        r.add(post("/api/imports", t -> "/api/imports", Map.of(), API_IMPORT));
        r.add(get("/api/disclosures", t -> "/api/disclosures", PUBLIC));
        r.add(get("/api/disclosures/{id}", t -> "/api/disclosures/" + t.draft, NEVER));
        return r;
    }

    @Test
    void everyRouteIsInTheTable() {
        Set<String> routed =
                router.uriRoutes()
                        .filter(
                                r ->
                                        !r.getHttpMethodName()
                                                .equals("HEAD")) // answered like the GET it mirrors
                        .map(r -> r.getHttpMethodName() + " " + r.getUriMatchTemplate().toString())
                        .filter(
                                k ->
                                        k.contains(" /staff")
                                                || k.contains(" /api/imports")
                                                || k.contains(" /api/disclosures"))
                        .collect(Collectors.toCollection(TreeSet::new));
        Set<String> tabled =
                routes().stream()
                        .map(r -> r.method() + " " + r.template())
                        .collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(routed);
        missing.removeAll(tabled);
        assertTrue(missing.isEmpty(), "routes without an authorisation test: " + missing);
        Set<String> stale = new TreeSet<>(tabled);
        stale.removeAll(routed);
        assertTrue(stale.isEmpty(), "table rows for routes that no longer exist: " + stale);
    }

    @Test
    void everyRoleGetsExactlyWhatItMay() {
        List<String> wrong = new ArrayList<>();
        for (Route route : routes()) {
            String path = route.path().apply(this);
            for (Who who : Who.values()) {
                Outcome expected = route.expected().get(who);
                HttpResponse<String> response = send(who, route, path);
                Outcome actual = classify(response);
                if (actual != expected) {
                    wrong.add(
                            route.method()
                                    + " "
                                    + path
                                    + " as "
                                    + who
                                    + ": expected "
                                    + expected
                                    + ", got "
                                    + actual
                                    + " ("
                                    + response.statusCode()
                                    + ")");
                }
                if (expected == Outcome.HIDDEN
                        && who == Who.EDITOR_B
                        && route.path().apply(this).startsWith("/staff")) {
                    // Indistinguishable from an id that does not exist.
                    String missingPath =
                            path.replace("/disclosures/" + draft, "/disclosures/" + Long.MAX_VALUE);
                    HttpResponse<String> missing = send(who, route, missingPath);
                    if (missing.statusCode() != response.statusCode()
                            || !withoutIds(missing.body()).equals(withoutIds(response.body()))) {
                        wrong.add(
                                route.method()
                                        + " "
                                        + path
                                        + " as EDITOR_B: the answer differs from a missing id's");
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void otherUnitsDraftsAreNotListed() {
        String link = "/staff/disclosures/" + draft + "\"";
        assertTrue(
                sessions.get(Who.EDITOR_A).get("/staff").body().contains(link),
                "the owner sees its draft");
        assertFalse(
                sessions.get(Who.EDITOR_B).get("/staff").body().contains(link),
                "another unit's editor does not");
        // A reviewer's home is its queue of submissions; drafts are listed on asking for them.
        assertFalse(
                sessions.get(Who.REVIEWER_OUT).get("/staff?status=DRAFT").body().contains(link),
                "a reviewer outside the region does not");
        assertTrue(sessions.get(Who.REVIEWER_IN).get("/staff?status=DRAFT").body().contains(link));
        assertFalse(
                sessions.get(Who.REVIEWER_OUT)
                        .get("/staff/audit")
                        .body()
                        .contains("/staff/disclosures/" + draft + "\""),
                "nor its audit events");
        String list = sessions.get(Who.ANONYMOUS).get("/api/disclosures?size=100").body();
        assertFalse(list.contains("\"id\":" + draft + ","), "the API lists no drafts");
    }

    private static String withoutIds(String html) {
        return html.replaceAll("编号为 \\d+ 的", "编号为 ID 的");
    }

    private HttpResponse<String> send(Who who, Route route, String path) {
        WebSession s = sessions.get(who);
        if (route.method().equals("GET")) {
            return s.get(path);
        }
        if (path.startsWith("/api/")) {
            return s.upload(
                    path, "garbage.txt", "not a disclosure".getBytes(StandardCharsets.UTF_8));
        }
        // A logged-in user posts with its own session's token, as its own pages would; anonymous
        // has none.
        String token =
                who == Who.ANONYMOUS
                        ? ""
                        : WebSession.first(
                                java.util.regex.Pattern.compile(
                                        "name=\"csrfToken\" value=\"([^\"]*)\""),
                                s.get("/staff").body());
        Map<String, String> form = new java.util.LinkedHashMap<>(route.form());
        form.put("csrfToken", token);
        if (path.equals("/staff/imports") || path.equals("/staff/imports/preview")) {
            return s.uploadForm(
                    path, form, "garbage.txt", "not a disclosure".getBytes(StandardCharsets.UTF_8));
        }
        return s.post(path, form);
    }

    private static Outcome classify(HttpResponse<String> r) {
        int status = r.statusCode();
        String location = r.headers().firstValue("Location").orElse("");
        if (status == 303 && URI.create(location).getPath().equals("/login")) {
            return Outcome.LOGIN;
        }
        return switch (status) {
            case 401 -> Outcome.UNAUTHORIZED;
            case 403 -> Outcome.FORBIDDEN;
            case 404 -> Outcome.HIDDEN;
            default -> status >= 500 ? null : Outcome.ALLOWED;
        };
    }
}
