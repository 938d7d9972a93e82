package gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureDocument.CheckFinding;
import gongkai.disclosure.StandardTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The findings of a public revision are computed once and kept: reading them again for the same
 * revision does not run the checks again, while what the checks read besides the content (the
 * unit's name) makes a new computation.
 */
class PublishedFindingsTest {

    @Test
    void keepsTheFindingsOfARevisionInsteadOfCheckingAgain() {
        PublishedFindings published = new PublishedFindings();
        DisclosureDocument d = Sample004.document().remove(StandardTable.G06).build();
        List<CheckFinding> first = published.findings(d);
        assertTrue(
                first.stream().anyMatch(f -> f.rule().equals("COMPLETE-TABLES")), first::toString);
        assertSame(first, published.findings(d), "the same revision is not checked again");
        assertEquals(
                "WARNING",
                first.stream()
                        .filter(f -> f.rule().equals("COMPLETE-TABLES"))
                        .findFirst()
                        .orElseThrow()
                        .severity());
    }

    @Test
    void checksAgainWhenTheUnitIsRenamed() {
        PublishedFindings published = new PublishedFindings();
        DisclosureDocument d =
                Sample004.document()
                        .section(
                                gongkai.disclosure.SectionKey.OVERALL,
                                "醴陵市司法局2023年度收、支总计1374.29万元。")
                        .build();
        DisclosureDocument renamed =
                new DisclosureDocument(
                        d.id(),
                        new DisclosureDocument.UnitRef(
                                d.unit().id(), "攸县司法局", d.unit().kind(), d.unit().region()),
                        d.fiscalYear(),
                        d.kind(),
                        d.status(),
                        d.revision(),
                        d.publishedAt(),
                        d.profile(),
                        d.sourceMoneyUnit(),
                        d.correctionNote(),
                        d.sections(),
                        d.tables(),
                        d.projects());
        assertTrue(
                published.findings(d).stream().noneMatch(f -> f.rule().equals("UNIT-NAME")),
                published.findings(d)::toString);
        assertTrue(
                published.findings(renamed).stream().anyMatch(f -> f.rule().equals("UNIT-NAME")),
                "the renamed unit's report is checked again");
    }

    @Test
    void namesEveryRuleGroupInChinese() {
        List<String> rules = new PublishedFindings().rulesRun();
        assertTrue(rules.size() >= 10, rules::toString);
        assertTrue(rules.stream().allMatch(r -> r.codePoints().anyMatch(Character::isIdeographic)));
    }
}
