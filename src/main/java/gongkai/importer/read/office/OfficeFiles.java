package gongkai.importer.read.office;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells office files apart by what is inside them, not by their names: a zip (OOXML) holds {@code
 * xl/workbook.xml} or {@code word/document.xml}; an OLE2 compound file holds a {@code Workbook}
 * stream (.xls), a {@code WordDocument} stream (.doc) or an encrypted OOXML package.
 */
public final class OfficeFiles {

    /** What an office file is. */
    public enum Kind {
        XLSX,
        DOCX,
        XLS,
        DOC,
        ENCRYPTED,
        OTHER,
        BROKEN
    }

    /** Zip entries read before giving up looking for the main part (a docx has a few dozen). */
    private static final int MAX_ENTRIES = 10_000;

    /**
     * What a package may expand to. POI's zip-bomb guard only checks the compression ratio (1:100),
     * so a plain but huge document (a million paragraphs, 1:11) would still be built in memory; a
     * real disclosure expands to a few megabytes.
     */
    static final long MAX_EXPANDED_BYTES = 40L * 1024 * 1024;

    private OfficeFiles() {}

    /**
     * True when the zip's entries expand past {@link #MAX_EXPANDED_BYTES}, counted by inflating
     * them (entry headers may lie) and stopping as soon as the limit is passed.
     */
    static boolean expandsTooFar(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int entries = 0;
            while (zip.getNextEntry() != null && entries++ < MAX_ENTRIES) {
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > MAX_EXPANDED_BYTES) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false; // damaged: the reader itself reports it as broken
        }
    }

    static String tooLarge(String what, String name) {
        return what + "解压后超过 " + MAX_EXPANDED_BYTES / 1024 / 1024 + " MB，远大于一份决算公开文件，未导入：" + name;
    }

    /** The kind of a {@code PK\3\4} file, from its zip entry names. */
    public static Kind ooxml(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            int n = 0;
            for (; n < MAX_ENTRIES && (entry = zip.getNextEntry()) != null; n++) {
                String name = entry.getName();
                if (name.equals("xl/workbook.xml")) {
                    return Kind.XLSX;
                }
                if (name.equals("word/document.xml")) {
                    return Kind.DOCX;
                }
            }
            // a zip signature without a single readable entry is a damaged file, not another format
            return n == 0 ? Kind.BROKEN : Kind.OTHER;
        } catch (IOException | RuntimeException e) {
            return Kind.BROKEN;
        }
    }

    /** The kind of an OLE2 compound file, from its root entries. */
    public static Kind ole2(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return Kind.XLS;
            }
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                return Kind.DOC;
            }
            if (root.hasEntryCaseInsensitive("EncryptedPackage")) {
                return Kind.ENCRYPTED;
            }
            return Kind.OTHER;
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            return Kind.BROKEN;
        }
    }

    /** The message for a file whose kind allows no import; null for the kinds we read. */
    public static String refusal(Kind kind, String fileName) {
        String name = displayName(fileName);
        return switch (kind) {
            case XLSX, DOCX, XLS -> null;
            case DOC -> "暂不支持旧版 Word 文档（.doc）：请在 Word 或 WPS 中另存为 .docx，或导出为 PDF 后再上传：" + name;
            case ENCRYPTED -> "文件设有密码保护，无法读取；请取消密码后再上传：" + name;
            case BROKEN -> broken("Office 文件", name);
            case OTHER ->
                    "无法识别的 Office 文件（既不是 .xlsx 工作簿也不是 .docx 文档）："
                            + name
                            + "。可导入的格式：PDF、.xlsx、.xls、.docx、.txt。";
        };
    }

    static String broken(String what, String name) {
        return what + "已损坏或不完整，无法读取：" + name + "。请重新导出或下载后再上传。";
    }

    static String displayName(String fileName) {
        return fileName == null || fileName.isBlank() ? "（未命名）" : fileName;
    }
}
