package gongkai.staff.model;

import gongkai.audit.AuditEvent;
import gongkai.audit.AuditLog;
import gongkai.disclosure.Disclosure;
import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureService;
import gongkai.disclosure.DisclosureStatus;
import gongkai.disclosure.SearchOutbox;
import gongkai.search.IndexLocation;
import gongkai.search.IndexedContent;
import gongkai.search.Indexer;
import gongkai.testsupport.WebSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The promises checked after every step of a random workflow. Each failure says which promise broke
 * for which revision; the contract adds the sequence that led there.
 */
final class WorkflowInvariants {

    private final DisclosureService disclosures;
    private final DisclosureCatalog catalog;
    private final AuditLog audit;
    private final Indexer indexer;
    private final IndexLocation location;
    private final SearchOutbox outbox;

    WorkflowInvariants(
            DisclosureService disclosures,
            DisclosureCatalog catalog,
            AuditLog audit,
            Indexer indexer,
            IndexLocation location,
            SearchOutbox outbox) {
        this.disclosures = disclosures;
        this.catalog = catalog;
        this.audit = audit;
        this.indexer = indexer;
        this.location = location;
        this.outbox = outbox;
    }

    /**
     * After every step: states, public reads, staff visibility and the audit of the step's target.
     */
    void afterStep(WorkflowWorld w, Long touched) {
        Map<String, Integer> published = new HashMap<>();
        Map<String, Integer> working = new HashMap<>();
        for (long id : w.disclosures) {
            Disclosure d =
                    disclosures
                            .byId(id)
                            .orElseThrow(() -> new AssertionError("#" + id + " vanished"));
            String slot = WorkflowWorld.slot(w.unitOf.get(id), d.fiscalYear());
            boolean isPublic = d.status().isPublic();
            check(
                    !isPublic || w.everPublished.contains(id),
                    "#" + id + " is " + d.status() + " (public) but no reviewer ever published it");
            if (d.status() == DisclosureStatus.PUBLISHED) {
                published.merge(slot, 1, Integer::sum);
                check(
                        id == w.currentPublication.getOrDefault(slot, -1L),
                        "#"
                                + id
                                + " is PUBLISHED but the current publication of "
                                + slot
                                + " should be "
                                + w.currentPublication.get(slot));
            }
            if (d.status().inProgress()) {
                working.merge(slot, 1, Integer::sum);
            }
            int api = w.anonymous.get("/api/disclosures/" + id).statusCode();
            check(
                    api == (isPublic ? 200 : 404),
                    "/api/disclosures/"
                            + id
                            + " answered "
                            + api
                            + " for a "
                            + d.status()
                            + " revision");
        }
        published.forEach((slot, n) -> check(n == 1, n + " PUBLISHED revisions for " + slot));
        working.forEach((slot, n) -> check(n == 1, n + " revisions in progress for " + slot));
        for (Map.Entry<String, Long> current : w.currentPublication.entrySet()) {
            check(
                    published.getOrDefault(current.getKey(), 0) == 1,
                    current.getKey()
                            + " should have #"
                            + current.getValue()
                            + " published, but has "
                            + disclosures
                                    .byId(current.getValue())
                                    .map(Disclosure::status)
                                    .orElse(null));
        }
        if (touched != null) {
            pagesAndStaffViews(w, touched);
            auditOf(w, touched);
        }
    }

    private void pagesAndStaffViews(WorkflowWorld w, long id) {
        Disclosure d = disclosures.byId(id).orElseThrow();
        int expected = d.status().isPublic() ? 200 : 404;
        for (String path : List.of("/disclosures/" + id, "/disclosures/" + id + "/download.csv")) {
            int status = w.anonymous.get(path).statusCode();
            check(
                    status == expected,
                    path + " answered " + status + " for a " + d.status() + " revision");
        }
        int unit = w.unitOf.get(id);
        String page = "/staff/disclosures/" + id;
        expectStatus(w.editors.get(unit), page, 200, "its own unit's editor");
        expectStatus(w.editors.get(1 - unit), page, 404, "another unit's editor");
        expectStatus(w.reviewer, page, unit == 0 ? 200 : 403, "the 湖南 reviewer");
        expectStatus(w.admin, page, 200, "the administrator");
    }

    private static void expectStatus(WebSession who, String path, int expected, String whom) {
        int status = who.get(path).statusCode();
        check(
                status == expected,
                path + " answered " + status + " to " + whom + ", expected " + expected);
    }

    private void auditOf(WorkflowWorld w, long id) {
        Map<String, Integer> actual = new HashMap<>();
        for (AuditEvent e : audit.forDisclosure(id)) {
            actual.merge(e.action(), 1, Integer::sum);
        }
        Map<String, Integer> expected = w.expectedAudit.getOrDefault(id, Map.of());
        check(
                actual.equals(expected),
                "audit trail of #" + id + " is " + actual + ", the steps taken were " + expected);
    }

    /** At the end of a sequence (and after a reindex): every audit trail, the index and search. */
    void atRest(WorkflowWorld w) throws IOException {
        for (long id : w.disclosures) {
            auditOf(w, id);
        }
        indexer.catchUp();
        Map<Long, String> indexed = IndexedContent.read(location.current());
        Set<Long> publicIds = new TreeSet<>(outbox.publishedIds());
        check(
                new TreeSet<>(indexed.keySet()).equals(publicIds),
                "the index holds "
                        + difference(indexed.keySet(), publicIds)
                        + " beyond the published set and misses "
                        + difference(publicIds, indexed.keySet()));
        for (long id : w.disclosures) {
            if (publicIds.contains(id)) {
                String now = IndexedContent.expected(catalog.document(id).orElseThrow());
                check(now.equals(indexed.get(id)), "the index holds an older state of #" + id);
            }
        }
        for (WorkflowWorld.ModelUnit unit : w.units) {
            String json =
                    w.anonymous
                            .get(
                                    "/api/search?size=50&q="
                                            + URLEncoder.encode(unit.name, StandardCharsets.UTF_8))
                            .body();
            Matcher m = Pattern.compile("\"disclosureId\":(\\d+)").matcher(json);
            while (m.find()) {
                long hit = Long.parseLong(m.group(1));
                check(
                        publicIds.contains(hit),
                        "search for " + unit.name + " found #" + hit + ", which is not published");
            }
        }
    }

    private static Set<Long> difference(Set<Long> a, Set<Long> b) {
        Set<Long> d = new HashSet<>(a);
        d.removeAll(b);
        return d;
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
