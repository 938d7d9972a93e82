package gongkai.staff.model;

import gongkai.disclosure.DisclosureService;
import gongkai.disclosure.DisclosureStatus;
import gongkai.search.IndexRebuilder;
import gongkai.testsupport.WebSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Carries out a {@link WorkflowAction} the way staff do, over real HTTP through the staff forms
 * (CSRF token and version read from the page), and updates the model from what the portal answered.
 * A refused step (a 4xx with a reason) is part of the game: the model changes only on success.
 */
final class WorkflowDriver {

    private static final Pattern STAFF_LINK = Pattern.compile("/staff/disclosures/(\\d+)");
    private static final Pattern JSON_ID = Pattern.compile("\"disclosureId\":(\\d+)");

    private final DisclosureService disclosures;
    private final IndexRebuilder rebuilder;

    WorkflowDriver(DisclosureService disclosures, IndexRebuilder rebuilder) {
        this.disclosures = disclosures;
        this.rebuilder = rebuilder;
    }

    /**
     * Runs one step; returns the id it acted on or made (null when there was nothing to act on).
     */
    Long run(WorkflowWorld w, WorkflowAction a) {
        WorkflowWorld.ModelUnit unit = w.units.get(a.unit());
        return switch (a.kind()) {
            case CREATE, COPY -> {
                HttpResponse<String> r =
                        w.editors
                                .get(a.unit())
                                .submitForm(
                                        "/staff",
                                        "/staff/disclosures",
                                        Map.of(
                                                "year",
                                                Integer.toString(a.year()),
                                                "start",
                                                a.kind() == WorkflowAction.Kind.COPY
                                                        ? "COPY_KEPT"
                                                        : "BLANK"));
                yield made(
                        w,
                        a,
                        r,
                        "CREATE",
                        id(
                                r.headers().firstValue("Location").orElse(""),
                                STAFF_LINK,
                                r.statusCode() == 303));
            }
            case IMPORT -> {
                WebSession editor = w.editors.get(a.unit());
                String token =
                        WebSession.first(
                                Pattern.compile("name=\"csrfToken\" value=\"([^\"]*)\""),
                                editor.get("/staff").body());
                HttpResponse<String> r =
                        editor.uploadForm(
                                "/staff/imports",
                                Map.of("csrfToken", token),
                                "model.txt",
                                unit.document(a.year()));
                yield made(w, a, r, "IMPORT", id(r.body(), STAFF_LINK, r.statusCode() == 200));
            }
            case ADMIN_IMPORT_PUBLISHED -> {
                HttpResponse<String> r =
                        w.admin.upload(
                                "/api/imports?publish=true", "model.txt", unit.document(a.year()));
                Long id =
                        made(
                                w,
                                a,
                                r,
                                "IMPORT_PUBLISHED",
                                id(r.body(), JSON_ID, r.statusCode() == 201));
                if (id != null) {
                    published(w, id);
                }
                yield id;
            }
            case EDIT ->
                    onOne(
                            w,
                            a,
                            "SAVE",
                            "/profile",
                            EDITOR,
                            Map.of(
                                    "contactPhone",
                                    "0731-" + (20000000 + a.pick()),
                                    "headOfUnit",
                                    "模型测试",
                                    "reportDate",
                                    "2024-08-01"),
                            WORKING);
            case SUBMIT ->
                    onOne(
                            w,
                            a,
                            "SUBMIT",
                            "/submit",
                            EDITOR,
                            Map.of("explanation", "模型测试：提示已逐条核实。"),
                            WORKING);
            case RETURN ->
                    onOne(
                            w,
                            a,
                            "RETURN",
                            "/return",
                            REVIEWER,
                            Map.of("comment", "模型测试：请修改后重新提交。"),
                            SUBMITTED);
            case PUBLISH ->
                    onOne(w, a, "PUBLISH", "/publish", REVIEWER, Map.of("confirm", "1"), SUBMITTED);
            case WITHDRAW ->
                    onOne(
                            w,
                            a,
                            "WITHDRAW",
                            "/withdraw",
                            ADMIN,
                            Map.of("reason", "模型测试：撤回。"),
                            PUBLISHED);
            case CORRECT -> {
                if (w.disclosures.isEmpty()) {
                    yield skip(w, a);
                }
                long target = target(w, a, PUBLISHED);
                String page = "/staff/disclosures/" + target;
                HttpResponse<String> r =
                        w.editors
                                .get(w.unitOf.get(target))
                                .submitForm(
                                        page,
                                        page + "/correct",
                                        Map.of("note", "模型测试：更正第" + a.pick() + "处。"));
                Long id =
                        id(
                                r.headers().firstValue("Location").orElse(""),
                                STAFF_LINK,
                                r.statusCode() == 303);
                WorkflowAction onUnit =
                        new WorkflowAction(a.kind(), w.unitOf.get(target), a.year(), a.pick());
                yield made(w, onUnit, r, "CORRECT", id);
            }
            case RENAME_UNIT -> {
                String path = "/staff/admin/units/" + unit.id;
                String newName = unit.sampleName + "模型" + w.tryNo + "改" + (++unit.renames);
                HttpResponse<String> r =
                        w.admin.submitForm(
                                path,
                                path,
                                Map.of(
                                        "name",
                                        newName,
                                        "regionCode",
                                        unit.regionCode,
                                        "kind",
                                        "",
                                        "parentUnitId",
                                        ""));
                w.log.add(a + " -> " + r.statusCode());
                if (r.statusCode() == 303) {
                    unit.name = newName;
                }
                yield null;
            }
            case REINDEX -> {
                try {
                    int n = rebuilder.rebuild(p -> {});
                    w.log.add(a + " -> rebuilt " + n);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                yield null;
            }
        };
    }

    private static final Set<DisclosureStatus> WORKING =
            EnumSet.of(DisclosureStatus.DRAFT, DisclosureStatus.RETURNED);
    private static final Set<DisclosureStatus> SUBMITTED = EnumSet.of(DisclosureStatus.SUBMITTED);
    private static final Set<DisclosureStatus> PUBLISHED = EnumSet.of(DisclosureStatus.PUBLISHED);

    /** Who acts on a disclosure: its unit's editor, its unit's reviewer, or the administrator. */
    private enum Actor {
        EDITOR,
        REVIEWER,
        ADMIN
    }

    private static final Actor EDITOR = Actor.EDITOR;
    private static final Actor REVIEWER = Actor.REVIEWER;
    private static final Actor ADMIN = Actor.ADMIN;

    /**
     * The disclosure an action targets: mostly one in a status where the action makes sense (so
     * sequences reach publication and correction often), one in five times any, to exercise
     * refusals.
     */
    private long target(WorkflowWorld w, WorkflowAction a, Set<DisclosureStatus> sensible) {
        if (a.pick() % 5 != 0) {
            List<Long> candidates =
                    w.disclosures.stream()
                            .filter(
                                    id ->
                                            sensible.contains(
                                                    disclosures.byId(id).orElseThrow().status()))
                            .toList();
            if (!candidates.isEmpty()) {
                return candidates.get(a.pick() % candidates.size());
            }
        }
        return w.pick(a.pick());
    }

    /** An action on one existing disclosure through one form of its staff page. */
    private Long onOne(
            WorkflowWorld w,
            WorkflowAction a,
            String auditAction,
            String form,
            Actor who,
            Map<String, String> fields,
            Set<DisclosureStatus> sensible) {
        if (w.disclosures.isEmpty()) {
            return skip(w, a);
        }
        long id = target(w, a, sensible);
        int unit = w.unitOf.get(id);
        WebSession actor =
                switch (who) {
                    case EDITOR -> w.editors.get(unit);
                    case REVIEWER -> w.reviewerOf(unit);
                    case ADMIN -> w.admin;
                };
        String page = "/staff/disclosures/" + id;
        HttpResponse<String> r = actor.submitForm(page, page + form, fields);
        boolean ok = r.statusCode() == 303;
        w.log.add(a + " on #" + id + " -> " + r.statusCode() + (ok ? "" : " " + reason(r.body())));
        if (ok) {
            w.audited(id, auditAction);
            if (auditAction.equals("PUBLISH")) {
                published(w, id);
            } else if (auditAction.equals("WITHDRAW")) {
                w.currentPublication.values().remove(id);
            }
        } else if (r.statusCode() >= 500) {
            throw new AssertionError(
                    a + " on #" + id + " answered " + r.statusCode() + ": " + r.body());
        }
        return id;
    }

    private void published(WorkflowWorld w, long id) {
        w.everPublished.add(id);
        int year = disclosures.byId(id).orElseThrow().fiscalYear();
        w.currentPublication.put(WorkflowWorld.slot(w.unitOf.get(id), year), id);
    }

    private Long made(
            WorkflowWorld w,
            WorkflowAction a,
            HttpResponse<String> r,
            String auditAction,
            Long id) {
        w.log.add(
                a
                        + " -> "
                        + r.statusCode()
                        + (id == null ? " " + reason(r.body()) : " made #" + id));
        if (r.statusCode() >= 500) {
            throw new AssertionError(a + " answered " + r.statusCode() + ": " + r.body());
        }
        if (id != null) {
            w.made(id, a.unit());
            w.audited(id, auditAction);
        }
        return id;
    }

    private static Long skip(WorkflowWorld w, WorkflowAction a) {
        w.log.add(a + " -> nothing to act on");
        return null;
    }

    private static Long id(String text, Pattern pattern, boolean success) {
        if (!success) {
            return null;
        }
        Matcher m = pattern.matcher(text);
        return m.find() ? Long.parseLong(m.group(1)) : null;
    }

    /** The page's error line, shortened, to make a refused step readable in the log. */
    private static String reason(String body) {
        Matcher m =
                Pattern.compile("role=\"alert\"[^>]*>(?:\\s*<[^>]+>)*\\s*([^<]{1,120})")
                        .matcher(body);
        if (m.find()) {
            return m.group(1).strip();
        }
        Matcher json = Pattern.compile("\"message\":\"([^\"]{1,120})").matcher(body);
        if (json.find()) {
            return json.group(1);
        }
        return body.length() > 80 ? body.substring(0, 80).replaceAll("\\s+", " ") : body;
    }
}
