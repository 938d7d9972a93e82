package gongkai.cli;

import gongkai.importer.ImportReport;
import gongkai.importer.ImportService;
import gongkai.importer.UploadCheck;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code import [--publish] FILE|DIR...}: imports documents into the configured database (Flyway
 * brings a new database up to date first), one report per file, a progress line with an ETA when
 * there are several, and a non-zero exit when any file failed.
 */
final class ImportCommand {

    private ImportCommand() {}

    static int run(String[] args, PrintStream out, PrintStream err) {
        boolean publish = false;
        List<Path> inputs = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--publish")) {
                publish = true;
            } else if (arg.startsWith("--")) {
                err.println("未知选项：" + arg);
                return 2;
            } else {
                inputs.add(Path.of(arg));
            }
        }
        if (inputs.isEmpty()) {
            err.println("用法：import [--publish] 文件|目录…");
            return 2;
        }
        List<Path> files;
        try {
            files = expand(inputs);
        } catch (IOException e) {
            err.println("无法读取：" + e.getMessage());
            return 2;
        }
        if (files.isEmpty()) {
            err.println("没有找到可导入的文件（.pdf、.xlsx、.xls、.docx、.txt）。");
            return 2;
        }
        try (ApplicationContext context = Contexts.commandLine()) {
            ImportService service = context.getBean(ImportService.class);
            int failed = 0;
            long started = System.nanoTime();
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                ImportReport report;
                try {
                    report =
                            service.importDocument(
                                    file.toString(), Files.readAllBytes(file), publish);
                } catch (IOException e) {
                    report =
                            new ImportReport.Builder(file.toString())
                                    .error(null, "无法读取文件：" + e.getMessage())
                                    .build(null);
                }
                out.println(report.toText());
                out.println();
                if (report.failed()) {
                    failed++;
                }
                if (files.size() > 1) {
                    out.println(progress(i + 1, files.size(), System.nanoTime() - started));
                }
            }
            out.println(
                    "完成："
                            + (files.size() - failed)
                            + " 个成功，"
                            + failed
                            + " 个失败。"
                            + (publish ? "已公开的内容将由运行中的门户立即编入索引（未运行时在下次启动时编入）。" : ""));
            return failed == 0 ? 0 : 1;
        }
    }

    static String progress(int done, int total, long elapsedNanos) {
        long remaining = done == 0 ? 0 : elapsedNanos / done * (total - done);
        Duration eta = Duration.ofNanos(remaining);
        return String.format(
                "进度：%d/%d（%d%%），预计剩余 %d 分 %02d 秒",
                done, total, done * 100 / total, eta.toMinutes(), eta.toSecondsPart());
    }

    /**
     * Files as given, and the importable files of directories (.pdf, .xlsx, .xls, .docx, .txt;
     * recursively, in name order).
     */
    static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> UploadCheck.importable(p.getFileName().toString()))
                            .sorted()
                            .forEach(files::add);
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                throw new IOException(input + " 不存在");
            }
        }
        return files;
    }
}
