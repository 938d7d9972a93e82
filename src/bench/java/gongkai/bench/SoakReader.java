package gongkai.bench;

import gongkai.testsupport.WebSession;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * One reader of the soak: a visitor without an account going round the public side — search pages
 * and the search API with the benchmark's query set, report and unit pages, the home page, the
 * comparison, and the disclosure API (list and one report). Report ids come from the corpus and
 * from what the writers published meanwhile (which must be readable at once). Every answer must be
 * 200.
 */
final class SoakReader implements Runnable {

    static final List<String> KINDS =
            List.of(
                    "search-page",
                    "search-api",
                    "disclosure-page",
                    "unit-page",
                    "home",
                    "compare",
                    "api-list",
                    "api-disclosure");
    private static final List<String> COMPARE =
            List.of("2040610", "204", "30217", "公务接待费", "本年支出合计");

    private final SoakStep session;
    private final SoakIds ids;
    private final BooleanSupplier running;
    private final Random random;
    private int turn;

    SoakReader(int number, URI base, SoakTally tally, SoakIds ids, BooleanSupplier running) {
        this.session = new SoakStep(new WebSession(base), tally);
        this.ids = ids;
        this.running = running;
        this.random = new Random(1000L + number);
        this.turn =
                number; // readers start at different kinds, so they do not ask the same thing in
        // lock step
    }

    @Override
    public void run() {
        while (running.getAsBoolean()) {
            String kind = KINDS.get(turn++ % KINDS.size());
            try {
                session.get(kind, path(kind), 200);
            } catch (SoakStep.Failed e) {
                // tallied; a reader just goes on
            }
        }
    }

    private String path(String kind) {
        QuerySet.Query q = QuerySet.QUERIES.get(random.nextInt(QuerySet.QUERIES.size()));
        return switch (kind) {
            case "search-page" ->
                    q.apiPath().substring("/api".length()).replace("&size=" + QuerySet.SIZE, "");
            case "search-api" -> q.apiPath();
            case "disclosure-page" -> "/disclosures/" + ids.disclosure(random);
            case "unit-page" -> "/units/" + ids.unit(random);
            case "home" -> "/";
            case "compare" ->
                    "/compare?code="
                            + URLEncoder.encode(
                                    COMPARE.get(random.nextInt(COMPARE.size())),
                                    StandardCharsets.UTF_8);
            case "api-list" ->
                    "/api/disclosures?page="
                            + (1 + random.nextInt(10))
                            + "&size=20"
                            + (random.nextBoolean() ? "&year=" + (2019 + random.nextInt(5)) : "");
            case "api-disclosure" -> "/api/disclosures/" + ids.disclosure(random);
            default -> throw new IllegalArgumentException(kind);
        };
    }
}
