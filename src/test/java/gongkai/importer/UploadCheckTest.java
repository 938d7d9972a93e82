package gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which uploads go on to the importer, and what the others are told. */
class UploadCheckTest {

    @Test
    void acceptsThePublishedFormatsAndText() {
        for (String name : new String[] {"a.pdf", "b.XLSX", "c.xls", "d.docx", "e.txt", "无后缀"}) {
            assertNull(UploadCheck.problem(name, 10), name);
        }
    }

    @Test
    void refusesImagesArchivesProgramsAndUnreadFormatsWithAReason() {
        assertTrue(UploadCheck.problem("扫描.jpg", 10).contains("OCR"));
        assertTrue(UploadCheck.problem("a.png", 10).contains("不能导入图片"));
        assertTrue(UploadCheck.problem("a.zip", 10).contains("压缩包"));
        assertTrue(UploadCheck.problem("a.exe", 10).contains("程序"));
        assertTrue(UploadCheck.problem("a.ofd", 10).contains("另存为"));
        assertTrue(UploadCheck.problem("a.wps", 10).contains("另存为"));
        assertTrue(UploadCheck.problem("a.doc", 10).contains(".docx"));
        assertEquals("上传的文件是空的。", UploadCheck.problem("a.pdf", 0));
    }
}
