package gongkai.importer.read.pdf;

import gongkai.importer.read.DocumentReader;
import gongkai.importer.read.DocumentText;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a PDF's text layer from glyph positions into the lines-and-TAB-cells shape every reader
 * produces (see {@link PageLayout}). Scans without text, encrypted and broken files, too many pages
 * and too slow documents are refused with a Chinese message; nothing of them is returned. Memory is
 * bounded: PDFBox buffers streams in a few MB of heap and spills the rest to a temporary file.
 */
public final class PdfDocumentReader implements DocumentReader {

    private static final Logger LOG = LoggerFactory.getLogger(PdfDocumentReader.class);

    public static final int MAX_PAGES = 300;
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(60);

    /** Heap PDFBox may use for decoded streams before it spills to a scratch file. */
    private static final long HEAP_BYTES = 16L * 1024 * 1024;

    /** Below this many characters per page on average the PDF is taken for a scan. */
    private static final int MIN_CHARS_PER_PAGE = 20;

    private final Duration budget;

    public PdfDocumentReader() {
        this(DEFAULT_BUDGET);
    }

    public PdfDocumentReader(Duration budget) {
        this.budget = budget;
    }

    @Override
    public Result read(byte[] bytes, String fileName) {
        String name = fileName == null || fileName.isBlank() ? "（未命名）" : fileName;
        long deadline = System.nanoTime() + budget.toNanos();
        try (PDDocument doc =
                Loader.loadPDF(
                        bytes,
                        "",
                        null,
                        null,
                        MemoryUsageSetting.setupMixed(HEAP_BYTES).streamCache)) {
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                return Result.failure("PDF 文件没有任何页面，无法读取：" + name);
            }
            if (pages > MAX_PAGES) {
                return Result.failure(
                        "PDF 文件共 " + pages + " 页，超过上限 " + MAX_PAGES + " 页，未导入：" + name);
            }
            PageCollector collector = new PageCollector(deadline);
            collector.getText(doc);
            if (collector.glyphCount() < MIN_CHARS_PER_PAGE * pages) {
                return Result.failure(
                        "PDF 文件没有可读取的文字层（可能是扫描件或图片），本系统不支持文字识别（OCR）。"
                                + "请上传带文字层的 PDF 或原始 Word/Excel 文件："
                                + name);
            }
            List<Integer> pageOfLine = new ArrayList<>();
            List<String> lines = PdfFurniture.clean(collector.pages(), pageOfLine);
            if (lines.stream().allMatch(String::isBlank)) {
                return Result.failure("PDF 文件没有任何文字内容：" + name);
            }
            DocumentText.PageFacts facts =
                    new DocumentText.PageFacts(
                            pages, pageOfLine, PdfPageFacts.unmapped(collector, lines, pageOfLine));
            return new Result(new DocumentText(name, lines, facts), "PDF", null);
        } catch (InvalidPasswordException e) {
            return Result.failure("PDF 文件已加密（需要密码才能打开），无法读取。请上传未加密的 PDF：" + name);
        } catch (PageCollector.TimeUp e) {
            return Result.failure(
                    "PDF 文件读取超时（超过 "
                            + budget.toSeconds()
                            + " 秒），未导入。请拆分文件或上传原始 Word/Excel 文件："
                            + name);
        } catch (IOException e) {
            LOG.info("Unreadable PDF {}: {}", name, e.toString());
            return Result.failure("PDF 文件已损坏或格式无法识别，无法读取：" + name);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            LOG.warn("Reading PDF {} failed", name, e);
            return Result.failure("读取 PDF 文件时发生意外错误，文件未导入：" + name);
        }
    }
}
