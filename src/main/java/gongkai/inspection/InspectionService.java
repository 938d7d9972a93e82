package gongkai.inspection;

import gongkai.classification.CodeList;
import gongkai.disclosure.DisclosureDocument;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The proofreading findings of a disclosure: at import, from the uploaded document (kept with the
 * stored revision); afterwards, the text rules run again over the stored content, so staff see
 * their corrections, while what only the upload shows (pages, glyphs, cover, contents, tables
 * present) and the PDF page of each finding come from what the import kept.
 */
@Singleton
public class InspectionService {

    private final Inspector inspector = new Inspector(CodeList.standard());
    private final StoredFindingRepository findings;
    private final InspectionSourceRepository sources;

    InspectionService(StoredFindingRepository findings, InspectionSourceRepository sources) {
        this.findings = findings;
        this.sources = sources;
    }

    /** The findings of a document being imported (no database). */
    public List<ProofFinding> inspect(ProofInput input) {
        return inspector.inspect(input);
    }

    /** Keeps an import's findings with the revision it stored (inside the caller's transaction). */
    public void store(
            long disclosureId, String sourceName, int pageCount, List<ProofFinding> found) {
        sources.save(
                new InspectionSource(
                        disclosureId,
                        sourceName.length() > 255 ? sourceName.substring(0, 255) : sourceName,
                        pageCount,
                        Instant.now()));
        for (ProofFinding f : found) {
            findings.save(StoredFinding.of(disclosureId, f));
        }
    }

    /** The current findings of a stored revision. */
    public List<ProofFinding> findings(DisclosureDocument d) {
        List<ProofFinding> live = inspector.inspect(ProofInputs.of(d));
        if (!sources.existsById(d.id())) {
            return live;
        }
        List<ProofFinding> kept =
                findings.forDisclosure(d.id()).stream().map(StoredFinding::finding).toList();
        Map<String, Integer> pages = new HashMap<>();
        for (ProofFinding f : kept) {
            if (f.page() != null) {
                pages.putIfAbsent(f.ruleId() + "\u0000" + f.message(), f.page());
            }
        }
        List<ProofFinding> out =
                new ArrayList<>(kept.stream().filter(Inspector::fromSource).toList());
        for (ProofFinding f : live) {
            if (!Inspector.fromSource(f)) {
                out.add(f.withPage(pages.get(f.ruleId() + "\u0000" + f.message())));
            }
        }
        return out;
    }

    /** The checklist of a stored revision. */
    public List<Checklist.Row> checklist(DisclosureDocument d) {
        boolean budget = ProofInput.isBudget(d.kind().name(), d.kind().label());
        return Checklist.of(budget, findings(d), Checklist.timeliness(d));
    }
}
