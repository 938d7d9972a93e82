package gongkai.compare;

import gongkai.compare.CompareRepository.AmountRef;
import gongkai.compare.CompareRepository.DisclosureRef;
import gongkai.compare.CompareRepository.LineRef;
import gongkai.compare.CompareRepository.TableRef;
import gongkai.disclosure.LineItem;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the stored amounts a comparison chooses from: the published disclosures passing the
 * filters, the tables of the source kinds, the rows under the code, then — source by source, in
 * order of preference — the amounts of the one column each source reads, only for disclosures no
 * earlier source answered. Each step is an indexed single-table query (see {@link
 * CompareRepository} for why not one join). Reading source by source gives exactly the rows the
 * comparison uses (the first source with any amount wins), instead of every column of every table
 * that lists the code: at 5,000 reports, code 204 read about ten times fewer amounts.
 */
@Singleton
class CandidateReader {

    /**
     * Ids per IN list. H2 checks each row it reads against the whole list (placeholders are not
     * made a hash set), so at 15,000 disclosures lists of 1,000 spent a quarter of a first
     * comparison there; lists of 100 made it a third to a half faster, while 25 and 250 were slower
     * again. Joining line_item to line_amount instead of the amounts list was slower still (20406:
     * 11–13 s).
     */
    static final int CHUNK = 100;

    private final CompareRepository repository;

    CandidateReader(CompareRepository repository) {
        this.repository = repository;
    }

    /**
     * The published disclosures, optionally of one year and under a region prefix ('43%'), by id.
     */
    Map<Long, DisclosureRef> published(
            @Nullable Integer fiscalYear, @Nullable String regionPattern) {
        Map<Long, DisclosureRef> out = new LinkedHashMap<>();
        for (DisclosureRef d : repository.published(fiscalYear, regionPattern)) {
            out.put(d.id(), d);
        }
        return out;
    }

    /**
     * For each of these disclosures, the amounts of the first of the code's sources that has any:
     * the rows a comparison sums (same table, column and side, row code equal for named rows or
     * under the code otherwise). In disclosure order.
     */
    List<CandidateRow> candidates(CompareCode code, Map<Long, DisclosureRef> among) {
        boolean named = code.kind() == LineItem.RowKind.NAMED;
        // A named figure may sit under another row in one source (公务接待费 is a column of 公开09's
        // 三公经费合计 row) and under its own name in another (the narrative's row): read each.
        Set<String> patterns = new LinkedHashSet<>();
        code.sources().forEach(s -> patterns.add(named ? code.rowCodeFor(s) : code.code() + "%"));
        List<LineRef> lines = new ArrayList<>();
        patterns.forEach(p -> lines.addAll(repository.lines(code.kind().name(), p)));
        Set<String> kinds = new LinkedHashSet<>();
        code.sources().forEach(s -> kinds.add(s.table().name()));
        Map<Long, TableRef> tables = new HashMap<>();
        for (TableRef t : repository.tablesOfKinds(kinds)) {
            if (among.containsKey(t.disclosureId())) {
                tables.put(t.id(), t);
            }
        }
        Set<Long> answered = new HashSet<>();
        List<CandidateRow> rows = new ArrayList<>();
        for (CompareCode.Source s : code.sources()) {
            String rowCode = code.rowCodeFor(s);
            Map<Long, LineRef> wanted = new HashMap<>();
            for (LineRef l : lines) {
                TableRef t = tables.get(l.tableId());
                if (t != null
                        && t.tableKind().equals(s.table().name())
                        && !answered.contains(t.disclosureId())
                        && (s.side() == null || s.side().name().equals(l.side()))
                        && (named
                                ? l.rowCode().equals(rowCode)
                                : l.rowCode().startsWith(rowCode))) {
                    wanted.put(l.id(), l);
                }
            }
            List<CandidateRow> stage = new ArrayList<>();
            for (AmountRef a :
                    chunked(wanted.keySet(), ids -> repository.amounts(ids, s.column()))) {
                LineRef l = wanted.get(a.lineItemId());
                TableRef t = tables.get(l.tableId());
                DisclosureRef d = among.get(t.disclosureId());
                stage.add(
                        new CandidateRow(
                                d.id(),
                                d.unitId(),
                                d.unitName(),
                                d.unitKind(),
                                d.regionCode(),
                                d.fiscalYear(),
                                t.tableKind(),
                                l.rowKind(),
                                l.side(),
                                l.rowCode(),
                                l.codeLevel(),
                                a.columnKey(),
                                a.amount()));
            }
            stage.forEach(r -> answered.add(r.disclosureId()));
            rows.addAll(stage);
        }
        // The reads come back in no particular order; a fixed one keeps ties in the same place
        // every time.
        rows.sort(Comparator.comparing(CandidateRow::disclosureId));
        return rows;
    }

    /** Runs query over the ids CHUNK at a time; no ids, no query. */
    private static <T> List<T> chunked(Collection<Long> ids, Function<List<Long>, List<T>> query) {
        List<Long> all = new ArrayList<>(ids);
        List<T> out = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            out.addAll(query.apply(all.subList(from, Math.min(all.size(), from + CHUNK))));
        }
        return out;
    }
}
