package gongkai.inspection;

import java.util.List;

/**
 * What the checks read: the kind (a budget or final accounts, see {@link #budget}), the fiscal
 * year, the unit, the narrative parts with their paragraphs, the titles of the tables found, and
 * the source document where there is one.
 */
public record ProofInput(
        boolean budget,
        int fiscalYear,
        String unitName,
        List<Part> parts,
        List<String> tableTitles,
        SourceText source) {

    public ProofInput {
        parts = List.copyOf(parts);
        tableTitles = List.copyOf(tableTitles);
    }

    /**
     * A narrative part: its outline key (a {@link gongkai.disclosure.SectionKey} name or null), its
     * title, its body and the 1-based source line of its title (0 when unknown).
     */
    public record Part(String key, String title, String body, int line) {}

    /**
     * Whether a document is a budget (预算) rather than final accounts: from its kind's name where
     * there is one (a BUDGET kind; the importer tells the kinds apart by their titles), else from
     * the title words.
     */
    public static boolean isBudget(String kindName, String title) {
        if (kindName != null) {
            return kindName.toUpperCase().contains("BUDGET");
        }
        return title != null && title.contains("预算") && !title.contains("决算");
    }
}
