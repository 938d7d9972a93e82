package gongkai.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.classification.CodeList.CodeSystem;
import gongkai.classification.CodeList.Standing;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The supplement of 2023–2024 codes: new codes only, each under a known parent, sorted. */
class CodeListSupplementTest {

    private final CodeList codes = CodeList.standard();

    @Test
    void supplementHoldsOnlyNewCodesEachUnderAKnownParent() {
        List<String> problems = new ArrayList<>();
        String previous = "";
        for (CodeList.Code c : codes.supplement()) {
            if (codes.functional(c.code()).isPresent()) {
                problems.add(c.code() + " is already in the base list");
            }
            if (codes.lookup(CodeSystem.FUNCTIONAL, c.parentCode()).standing()
                    == Standing.UNKNOWN) {
                problems.add(c.code() + " has no known parent");
            }
            if (previous.compareTo(c.code()) >= 0) {
                problems.add(c.code() + " is not sorted");
            }
            previous = c.code();
        }
        assertEquals(List.of(), problems);
        assertTrue(codes.supplement().size() >= 50);
    }

    @Test
    void lookupTellsListedSupplementParentKnownAndUnknownApart() {
        assertEquals(Standing.LISTED, codes.lookup(CodeSystem.FUNCTIONAL, "2040610").standing());
        assertEquals(
                Standing.SUPPLEMENT, codes.lookup(CodeSystem.FUNCTIONAL, "2013299").standing());
        assertEquals("其他组织事务支出", codes.lookup(CodeSystem.FUNCTIONAL, "2013299").code().name());
        CodeList.Lookup newer = codes.lookup(CodeSystem.FUNCTIONAL, "2040698");
        assertEquals(Standing.PARENT_KNOWN, newer.standing());
        assertEquals("20406", newer.parent().code());
        assertEquals(Standing.UNKNOWN, codes.lookup(CodeSystem.FUNCTIONAL, "9990101").standing());
        assertEquals(Standing.PARENT_KNOWN, codes.lookup(CodeSystem.ECONOMIC, "30230").standing());
        assertTrue(FormerNames.isFormerName("210", "医疗卫生与计划生育支出"));
    }
}
