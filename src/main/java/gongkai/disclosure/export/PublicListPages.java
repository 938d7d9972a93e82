package gongkai.disclosure.export;

import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureKind;
import gongkai.disclosure.DisclosureStatus;
import gongkai.disclosure.DisclosureSummary;
import gongkai.web.PageCursor;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * Pages of the public disclosure list by cursor (keyset): a cursor names the row a page starts
 * after ("a") or ends before ("b") by its sort key, year and id. Unlike an offset, it still points
 * at the same place after a publication, so walking every page yields each row exactly once.
 */
final class PublicListPages {

    /** Where a page starts: after (or, backwards, before) the row {@code year}/{@code id}. */
    record Position(int year, long id, boolean backwards) {}

    /** One page in display order, with the cursors of the pages beside it (null: none). */
    record Page(
            List<DisclosureSummary> items,
            @Nullable String nextCursor,
            @Nullable String prevCursor) {}

    private PublicListPages() {}

    static Position parse(String cursor) {
        List<String> parts = PageCursor.decode(cursor, 2);
        String kind = parts.get(0);
        if (!kind.equals("a") && !kind.equals("b")) {
            throw PageCursor.malformed();
        }
        long year = PageCursor.number(parts.get(1));
        if (year < 1900 || year > 2200) {
            throw PageCursor.malformed();
        }
        return new Position((int) year, PageCursor.number(parts.get(2)), kind.equals("b"));
    }

    /**
     * Reads one page of {@code size} rows: at {@code position}, or at {@code offset} without one.
     * One row more than asked tells whether the walk goes on in that direction.
     */
    static Page read(
            DisclosureCatalog catalog,
            @Nullable Long unitId,
            @Nullable Integer fiscalYear,
            @Nullable DisclosureKind kind,
            DisclosureStatus status,
            @Nullable Position position,
            int size,
            int offset) {
        boolean backwards = position != null && position.backwards();
        List<DisclosureSummary> rows =
                catalog.publicPage(
                        unitId,
                        fiscalYear,
                        kind,
                        status,
                        position == null ? null : position.year(),
                        position == null ? null : position.id(),
                        backwards,
                        size + 1,
                        position == null ? offset : 0);
        boolean more = rows.size() > size;
        List<DisclosureSummary> items =
                !more ? rows : backwards ? rows.subList(1, rows.size()) : rows.subList(0, size);
        if (items.isEmpty()) {
            return new Page(List.of(), null, null);
        }
        // Forwards, the rows before exist when the page did not start at the top; backwards, the
        // rows after are those the client came from.
        boolean before = backwards ? more : position != null || offset > 0;
        boolean after = backwards || more;
        return new Page(
                List.copyOf(items),
                after ? cursor("a", items.get(items.size() - 1)) : null,
                before ? cursor("b", items.get(0)) : null);
    }

    private static String cursor(String kind, DisclosureSummary row) {
        return PageCursor.encode(kind, row.fiscalYear(), row.id());
    }
}
