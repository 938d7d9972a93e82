package gongkai.importer.read;

import gongkai.importer.read.office.OfficeFiles;
import gongkai.importer.read.office.WordReader;
import gongkai.importer.read.office.WorkbookReader;
import gongkai.importer.read.pdf.PdfDocumentReader;
import java.util.Locale;

/**
 * Picks the reader for an upload by what its bytes are, not by its name: a PDF renamed .txt is
 * still a PDF. Every reader produces the same {@link DocumentText} (lines whose cells are
 * tab-separated), so the recogniser downstream never knows which format it came from.
 */
public final class DocumentReaders implements DocumentReader {

    private final DocumentReader text = new TextDocumentReader();
    private final DocumentReader pdf = new PdfDocumentReader();
    private final DocumentReader workbook = new WorkbookReader();
    private final DocumentReader word = new WordReader();

    @Override
    public Result read(byte[] bytes, String fileName) {
        return readerFor(bytes, fileName).read(bytes, fileName);
    }

    DocumentReader readerFor(byte[] bytes, String fileName) {
        Format format = Format.sniff(bytes, fileName);
        return switch (format) {
            case TEXT -> text;
            case PDF -> pdf;
            case OOXML -> office(OfficeFiles.ooxml(bytes));
            case OLE2 -> office(OfficeFiles.ole2(bytes));
            default -> (b, name) -> Result.failure(format.refusal(name));
        };
    }

    /** An office file goes to the reader of what it holds; the others get the reason why not. */
    private DocumentReader office(OfficeFiles.Kind kind) {
        return switch (kind) {
            case XLSX, XLS -> workbook;
            case DOCX -> word;
            default -> (b, name) -> Result.failure(OfficeFiles.refusal(kind, name));
        };
    }

    /** What a file is, from its first bytes (and its name only where bytes cannot tell). */
    enum Format {
        TEXT,
        PDF,
        OOXML,
        OLE2,
        OTHER_BINARY;

        static Format sniff(byte[] bytes, String fileName) {
            if (startsWith(bytes, '%', 'P', 'D', 'F', '-')) {
                return PDF;
            }
            if (startsWith(bytes, 'P', 'K', 3, 4)) {
                return OOXML;
            }
            if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
                return OLE2;
            }
            String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
            if (name.endsWith(".ofd") || name.endsWith(".wps") || name.endsWith(".et")) {
                return OTHER_BINARY;
            }
            return TEXT;
        }

        String refusal(String fileName) {
            return "暂不支持此类文件（" + this + "）：" + fileName;
        }

        private static boolean startsWith(byte[] bytes, int... prefix) {
            if (bytes == null || bytes.length < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if ((bytes[i] & 0xFF) != prefix[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
