package gongkai.bench;

import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureDocument.ProjectView;
import gongkai.disclosure.DisclosureDocument.RowView;
import gongkai.disclosure.DisclosureDocument.SectionView;
import gongkai.disclosure.DisclosureDocument.TableView;
import gongkai.disclosure.PerformanceIndicator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * What one writer of {@link CorpusLoader} stored: rows per table and the text's size, for the
 * report.
 */
final class CorpusCounts {

    int disclosures;
    int skipped;
    long sections;
    long lineItems;
    long amounts;
    long projects;
    long indicators;
    long textBytes;

    void add(DisclosureDocument d) {
        disclosures++;
        for (SectionView s : d.sections()) {
            sections++;
            textBytes += bytes(s.title()) + bytes(s.body());
        }
        for (TableView t : d.tables()) {
            for (RowView r : t.rows()) {
                lineItems++;
                textBytes += bytes(r.name());
                amounts += r.amounts().values().stream().filter(Objects::nonNull).count();
            }
        }
        for (ProjectView p : d.projects()) {
            projects++;
            textBytes += bytes(p.name()) + bytes(p.goalPlanned()) + bytes(p.goalActual());
            for (PerformanceIndicator i : p.indicators()) {
                indicators++;
                textBytes += bytes(i.name());
            }
        }
    }

    static CorpusCounts sum(List<CorpusCounts> parts) {
        CorpusCounts n = new CorpusCounts();
        for (CorpusCounts k : parts) {
            n.disclosures += k.disclosures;
            n.skipped += k.skipped;
            n.sections += k.sections;
            n.lineItems += k.lineItems;
            n.amounts += k.amounts;
            n.projects += k.projects;
            n.indicators += k.indicators;
            n.textBytes += k.textBytes;
        }
        return n;
    }

    private static long bytes(String s) {
        return s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
    }
}
