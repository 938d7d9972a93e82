package gongkai.inspection;

import gongkai.classification.CodeList;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs the proofreading and inspection rules over one document. Rule ids:
 *
 * <ul>
 *   <li>P01 doubled punctuation (。。), P02 a paragraph without sentence-final punctuation, P03
 *       unbalanced quotes or brackets;
 *   <li>Y01 the report's year compared with itself, Y02 截至 another year, Y03 an implementation
 *       period that leaves out the report's year;
 *   <li>C01 an outdated classification name, C02 a name the code list lacks at its level;
 *   <li>A01 one item with two amounts in a paragraph, A02 a change (增加/减少/持平, %) that contradicts
 *       its numbers;
 *   <li>L01 blank page, L02 repeated page, L03 glyphs without Unicode, L04 repeated paragraph;
 *   <li>M01 a mandatory part missing, M02 a mandatory table missing.
 * </ul>
 *
 * All are warnings: the checklist reports them, none blocks a submission.
 */
public final class Inspector {

    /** Rules that need the uploaded document: kept from the import, never recomputed. */
    static final Set<String> SOURCE_RULES = Set.of("L01", "L02", "L03", "M02");

    private final List<ProofRule> rules;

    public Inspector(CodeList codes) {
        this.rules =
                List.of(
                        new CompletenessRules(),
                        new LayoutRules(),
                        new PunctuationRules(),
                        new YearRules(),
                        new ClassNameRule(codes),
                        new SameItemRule(),
                        new ChangeRule());
    }

    public List<ProofFinding> inspect(ProofInput input) {
        List<Paragraphs.Para> paragraphs = Paragraphs.of(input);
        List<ProofFinding> out = new ArrayList<>();
        for (ProofRule rule : rules) {
            out.addAll(rule.check(input, paragraphs));
        }
        return out;
    }

    /** Whether the finding can only come from the uploaded document (cover, contents, pages). */
    static boolean fromSource(ProofFinding f) {
        return SOURCE_RULES.contains(f.ruleId())
                || f.ruleId().equals("M01")
                        && (f.item().equals(ChecklistItems.COVER)
                                || f.item().equals(ChecklistItems.CONTENTS));
    }
}
