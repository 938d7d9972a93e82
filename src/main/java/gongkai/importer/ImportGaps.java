package gongkai.importer;

import gongkai.importer.report.ImportReport;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;

/**
 * The tables an import could not read, per revision: stored with it, shown to staff, and confirmed
 * by them before the revision may be published. Other features (the workflow, the findings) read
 * them here.
 */
@Singleton
public class ImportGaps {

    private final ImportGapRepository gaps;

    ImportGaps(ImportGapRepository gaps) {
        this.gaps = gaps;
    }

    /** Stores the unread tables of a just-stored revision (inside the caller's transaction). */
    void store(long disclosureId, List<ImportReport.TableEntry> unread) {
        for (ImportReport.TableEntry t : unread) {
            gaps.save(
                    new ImportGap(
                            null,
                            disclosureId,
                            t.table(),
                            t.title(),
                            t.line(),
                            shorten(t.reason()),
                            null,
                            null));
        }
    }

    /** Every unread table of the revision, confirmed or not, in the order found. */
    public List<ImportGap> forDisclosure(long disclosureId) {
        return gaps.forDisclosure(disclosureId);
    }

    /**
     * The unread tables nobody has confirmed yet: while any remain, the revision is not published.
     */
    public List<ImportGap> unconfirmed(long disclosureId) {
        return forDisclosure(disclosureId).stream().filter(g -> !g.confirmed()).toList();
    }

    /** Records that {@code username} confirmed every open gap; returns how many were open. */
    public long confirm(long disclosureId, String username) {
        return gaps.confirm(disclosureId, username, Instant.now());
    }

    private static String shorten(String reason) {
        String r = reason == null ? "未读取" : reason;
        return r.length() > 500 ? r.substring(0, 500) : r;
    }
}
