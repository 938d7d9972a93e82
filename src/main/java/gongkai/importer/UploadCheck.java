package gongkai.importer;

import gongkai.importer.report.ImportReport;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The checks every upload passes before the importer reads it, the same for the staff form and
 * {@code POST /api/imports}: the formats units publish (PDF, workbooks, Word) and extracted text go
 * on to the importer, which tells them apart by their bytes; images, archives, programs and formats
 * no reader here understands are named in the message so the editor knows what to upload instead,
 * and an empty file is refused.
 */
public final class UploadCheck {

    /** What the importer reads, by extension: also what {@code import DIR} picks up. */
    public static final Set<String> IMPORTABLE = Set.of("pdf", "xlsx", "xls", "docx", "txt");

    /** The formats that can be uploaded, as the form's {@code accept} and its label list them. */
    public static final String FORMATS = "PDF、Excel 工作簿（.xlsx、.xls）、Word 文档（.docx）或文本（.txt）";

    private static final Set<String> IMAGES =
            Set.of("png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff", "webp", "heic");
    private static final Set<String> SAVE_AS =
            Set.of("doc", "wps", "et", "ofd", "xlsb", "xlsm", "odt", "ods", "rtf");
    private static final Set<String> NOT_DOCUMENTS =
            Set.of("zip", "rar", "7z", "gz", "tar", "exe", "dll", "msi", "bat", "sh", "js");

    private UploadCheck() {}

    /** True when {@code import DIR} should pick the file up. */
    public static boolean importable(String fileName) {
        return IMPORTABLE.contains(extension(fileName));
    }

    /** Null when the upload may go to the importer, else the Chinese reason. */
    public static @Nullable String problem(@Nullable String fileName, long size) {
        String extension = extension(fileName);
        if (IMAGES.contains(extension)) {
            return "不能导入图片（."
                    + extension
                    + "）：请上传决算公开文件本身，"
                    + FORMATS
                    + "。扫描件需先做文字识别（OCR），本系统不做 OCR。";
        }
        if (SAVE_AS.contains(extension)) {
            return "不能直接导入 ." + extension + " 文件：请在 Word、WPS 或阅读器中另存为 .docx、.xlsx 或导出为 PDF 后再上传。";
        }
        if (NOT_DOCUMENTS.contains(extension)) {
            return "不能导入 ." + extension + " 文件（压缩包或程序）：请上传" + FORMATS + "。";
        }
        if (size == 0) {
            return "上传的文件是空的。";
        }
        return null;
    }

    private static String extension(@Nullable String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    /** An import report that stored nothing and says why, in the shape of any failed import. */
    public static ImportReport refused(@Nullable String fileName, String reason) {
        return new ImportReport(
                fileName == null ? "" : fileName,
                null,
                null,
                new ImportReport.Counts(0, 0, 0, 0, 0),
                List.of(),
                List.of(new ImportReport.Message(null, reason)),
                null,
                null);
    }
}
