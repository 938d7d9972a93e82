package gongkai.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gongkai.classification.CodeList;
import gongkai.disclosure.DisclosureContent;
import gongkai.importer.BudgetFixtures;
import gongkai.importer.DisclosureParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * M02 asks a budget for its performance targets: a budget whose 绩效目标表 were present and read is not
 * told they are missing, from its source or from what was read alone (a stored budget's checklist
 * has no source).
 */
class BudgetTargetsInspectionTest {

    private static final Inspector INSPECTOR = new Inspector(CodeList.standard());

    private static List<String> missing(List<ProofFinding> findings) {
        return findings.stream()
                .filter(f -> f.ruleId().equals("M02"))
                .map(ProofFinding::item)
                .toList();
    }

    private static List<String> missingWithoutSource(String fixture) {
        DisclosureContent d =
                new DisclosureParser()
                        .parse(BudgetFixtures.bytes(fixture), "budget.txt")
                        .disclosure();
        return missing(INSPECTOR.inspect(ProofInputs.of(d, d.kind().name(), SourceText.NONE)));
    }

    @Test
    void anImportedBudgetWithItsTargetsMissesNoTable() {
        byte[] bytes = BudgetFixtures.bytes(BudgetFixtures.LILING_2023_TARGETS);
        assertEquals(
                List.of(),
                missing(InspectionSurvey.budgetFindings(bytes, "budget.txt", "醴陵市司法局", 2023)));
    }

    @Test
    void targetsThatWereReadCountWithoutTheSourceText() {
        assertEquals(List.of(), missingWithoutSource(BudgetFixtures.LILING_2023_TARGETS));
        assertEquals(
                List.of("公开表格：绩效目标表"),
                missingWithoutSource(BudgetFixtures.LILING_2023),
                "the fixture without targets is still told so");
    }
}
