package gongkai.bench;

import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The report and unit ids readers visit: the corpus' published reports (they stay readable when a
 * correction supersedes them) and, half the time once there is one, the newest report the writers
 * published — the portal must serve a new publication at once, its cached pages renewed.
 */
final class SoakIds {

    private final List<Long> corpus;
    private final List<Long> units;
    final ConcurrentLinkedDeque<Long> published = new ConcurrentLinkedDeque<>();

    SoakIds(List<Long> corpus, List<Long> units) {
        this.corpus = List.copyOf(corpus);
        this.units = List.copyOf(units);
    }

    long disclosure(Random random) {
        Long recent = random.nextBoolean() ? published.peekLast() : null;
        return recent != null ? recent : corpus.get(random.nextInt(corpus.size()));
    }

    long unit(Random random) {
        return units.get(random.nextInt(units.size()));
    }
}
