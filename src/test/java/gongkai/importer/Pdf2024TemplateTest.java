package gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The city's 2024 model report (../shared/pdf): placeholders instead of a unit and figures. */
class Pdf2024TemplateTest {

    @Test
    void refusesTheUnfilledTemplateNamingItsPlaceholders() {
        ParseResult r = RealPdfs.parse("2024-shanghai-template.pdf");
        assertNull(r.disclosure(), "nothing is stored from a template");
        assertEquals(1, r.report().errors().size(), () -> r.report().errors().toString());
        String message = r.report().errors().get(0).message();
        assertTrue(message.contains("模板") && message.contains("占位符"), message);
        assertTrue(message.contains("上海市XX局"), message);
    }
}
