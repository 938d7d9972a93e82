package gongkai.importer.read.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.importer.DisclosureParser;
import gongkai.importer.ParseResult;
import gongkai.importer.read.DocumentReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * PDFs that cannot be read: each gets a Chinese message that names the problem (no exception text)
 * and nothing is stored.
 */
class HostilePdfTest {

    private final PdfDocumentReader reader = new PdfDocumentReader();

    @Test
    void refusesAnEncryptedPdfAskingForAnUnencryptedOne() throws IOException {
        byte[] pdf;
        try (PDDocument doc = textDocument(1)) {
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy(
                            "owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            pdf = save(doc);
        }
        assertRefused(pdf, "已加密");
    }

    @Test
    void refusesAPdfWithoutTextLayerSayingOcrIsNotSupported() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.addRect(50, 50, 300, 400);
                cs.stroke();
            }
            pdf = save(doc);
        }
        String message = assertRefused(pdf, "没有可读取的文字层");
        assertTrue(message.contains("OCR"), message);
        assertTrue(message.contains("请上传带文字层的 PDF 或原始 Word/Excel 文件"), message);
    }

    @Test
    void refusesATruncatedPdf() throws IOException {
        byte[] whole;
        try (PDDocument doc = textDocument(3)) {
            whole = save(doc);
        }
        assertRefused(Arrays.copyOf(whole, 40), "PDF");
        assertRefused(Arrays.copyOf(whole, whole.length / 3), "PDF");
    }

    @Test
    void refusesGarbageAfterThePdfSignature() {
        byte[] junk = "%PDF-1.7\n\u0000\u0001garbage garbage garbage".getBytes();
        assertRefused(junk, "PDF");
    }

    @Test
    void refusesMoreThanThreeHundredPages() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < PdfDocumentReader.MAX_PAGES + 1; i++) {
                doc.addPage(new PDPage());
            }
            pdf = save(doc);
        }
        assertRefused(pdf, "超过上限 300 页");
    }

    @Test
    void refusesADocumentThatOutrunsItsTimeBudget() throws IOException {
        byte[] pdf;
        try (PDDocument doc = textDocument(2)) {
            pdf = save(doc);
        }
        DocumentReader.Result r = new PdfDocumentReader(Duration.ZERO).read(pdf, "slow.pdf");
        assertFalse(r.ok());
        assertTrue(r.error().contains("超时"), r.error());
    }

    @Test
    void readsTheTextOfAnOrdinaryPdf() throws IOException {
        byte[] pdf;
        try (PDDocument doc = textDocument(2)) {
            pdf = save(doc);
        }
        DocumentReader.Result r = reader.read(pdf, "ok.pdf");
        assertTrue(r.ok(), () -> r.error());
        assertTrue(r.text().lines().contains("Page 2 of a test document with enough text"));
    }

    /**
     * Refused by the reader and by the parser entry point, with a message that discloses nothing.
     */
    private String assertRefused(byte[] pdf, String expected) {
        DocumentReader.Result r = reader.read(pdf, "bad.pdf");
        assertFalse(r.ok(), "must be refused");
        assertNull(r.text());
        String message = r.error();
        assertTrue(message.contains(expected), message);
        assertTrue(message.chars().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF), message);
        assertFalse(
                message.contains("Exception")
                        || message.contains("java.")
                        || message.contains("at "),
                message);
        ParseResult parsed = new DisclosureParser().parse(pdf, "bad.pdf");
        assertNull(parsed.disclosure(), "nothing stored");
        assertTrue(parsed.report().failed());
        return message;
    }

    private static PDDocument textDocument(int pages) throws IOException {
        PDDocument doc = new PDDocument();
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        for (int i = 1; i <= pages; i++) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Page " + i + " of a test document with enough text");
                cs.endText();
            }
        }
        return doc;
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
