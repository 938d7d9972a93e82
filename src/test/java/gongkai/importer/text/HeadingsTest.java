package gongkai.importer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Whether a numbered line is a section title or a numbered paragraph. The seeds' titles are all
 * short and plain; written after mutation testing (issue 16), these state the limits: 40
 * characters, a colon with text after it, a full stop or semicolon inside.
 */
class HeadingsTest {

    private static boolean isTitle(String line) {
        return Headings.isTitle(Headings.classify(line));
    }

    @Test
    void aShortPlainLevelOneLineIsATitle() {
        assertTrue(isTitle("一、部门职责"));
        assertTrue(isTitle("一、部门职责。"));
        assertTrue(isTitle("一、" + "长".repeat(40)));
    }

    @Test
    void aLineLongerThanFortyCharactersIsAParagraph() {
        assertFalse(isTitle("一、" + "长".repeat(41)));
    }

    @Test
    void textAfterAColonMakesADefinitionButATrailingColonDoesNot() {
        assertFalse(isTitle("一、财政拨款收入：指本级财政拨付的资金"));
        assertFalse(isTitle("一、财政拨款收入:指本级财政拨付的资金"));
        assertTrue(isTitle("一、收入情况："));
        assertFalse(isTitle("一、收：入"));
        assertFalse(isTitle("一、：指资金"));
    }

    @Test
    void aFullStopOrSemicolonInsideMakesASentence() {
        assertFalse(isTitle("一、收入增加。支出减少"));
        assertFalse(isTitle("一、收入增加；支出减少"));
        assertFalse(isTitle("一、收入增加。。"));
    }

    @Test
    void anEmptyTitleIsATitleOnlyForAPart() {
        assertTrue(isTitle("第二部分"));
        assertFalse(isTitle("一、"));
    }

    @Test
    void aLineOfMoreThanFourHundredCharactersIsNoHeading() {
        assertEquals(Headings.Level.L1, Headings.classify("一、" + "长".repeat(398)).level());
        assertNull(Headings.classify("一、" + "长".repeat(399)));
    }
}
