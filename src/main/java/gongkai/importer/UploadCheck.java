package gongkai.importer;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The checks every upload passes before the importer reads it, the same for the staff form and
 * {@code POST /api/imports}: office and image files are named in the message so the editor knows
 * what to upload instead, and an empty file is refused (the importer itself rejects binary text).
 */
public final class UploadCheck {

    private static final Set<String> NOT_TEXT =
            Set.of(
                    "pdf", "doc", "docx", "xls", "xlsx", "wps", "et", "ofd", "zip", "rar", "7z",
                    "png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff", "exe");

    private UploadCheck() {}

    /** Null when the upload may go to the importer, else the Chinese reason. */
    public static @Nullable String problem(@Nullable String fileName, long size) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        if (NOT_TEXT.contains(extension)) {
            return "不能直接导入 ." + extension + " 文件：请上传从决算公开文件中提取的文本文件（.txt，UTF-8 或 GBK 编码）。";
        }
        if (size == 0) {
            return "上传的文件是空的。";
        }
        return null;
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
