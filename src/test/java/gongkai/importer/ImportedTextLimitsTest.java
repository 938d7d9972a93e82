package gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.disclosure.DisclosureCatalog;
import gongkai.importer.report.ImportReport;
import gongkai.testsupport.Samples;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Imported text obeys the limits of the staff forms: a section body over 100,000 characters (the
 * section form's limit) is an error in the import report that names the section and its length, and
 * nothing is stored.
 */
@MicronautTest(transactional = false, startApplication = false)
class ImportedTextLimitsTest {

    @Inject ImportService imports;
    @Inject DisclosureCatalog catalog;

    /** The 醴陵市司法局 sample with {@code extra} characters of prose added to its 部门职责 section. */
    static byte[] withLongSection(int extra) {
        String text =
                new String(Samples.bytes(Samples.LILING_JUSTICE_BUREAU), StandardCharsets.UTF_8);
        int at =
                text.indexOf(
                                '\n',
                                text.indexOf("一、 部门职责", text.indexOf("第一部分", text.indexOf("第五部分"))))
                        + 1;
        String sentence = "司法行政工作职责包括社区矫正、人民调解、法律援助与普法宣传等事项。";
        StringBuilder prose = new StringBuilder();
        while (prose.length() < extra) {
            prose.append(sentence.repeat(20)).append('\n');
        }
        return (text.substring(0, at) + prose + text.substring(at))
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void refusesASectionLongerThanTheSectionFormAllowsAndNamesIt() {
        long before = catalog.totalCount();
        ImportReport report = imports.importDocument("long.txt", withLongSection(150_000), false);
        assertTrue(report.failed(), report.toText());
        assertNull(report.disclosureId());
        String errors = report.toText();
        assertTrue(errors.contains("部门职责"), "the section is named: " + errors);
        assertTrue(errors.contains("正文超过 100000 字") && errors.contains("每节最多 100000 字"), errors);
        assertEquals(before, catalog.totalCount(), "nothing stored");
        assertFalse(
                imports.parse("long.txt", withLongSection(150_000)).ok(),
                "the dry run reports it too");
    }

    @Test
    void acceptsTheSameDocumentWithSectionsWithinTheLimit() {
        ImportReport report = imports.importDocument("fits.txt", withLongSection(50_000), false);
        assertFalse(report.failed(), report.toText());
    }
}
