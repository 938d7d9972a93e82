package gongkai.cli;

import gongkai.importer.ImportDefaults;
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
 * {@code import [--publish] [--unit NAME] [--year YYYY] FILE|DIR...}: imports documents into the
 * configured database (Flyway brings a new database up to date first), parsing on every core, one
 * report per file, a progress line with an ETA when there are several, and a non-zero exit when any
 * file failed. {@code --unit}/{@code --year} apply where a document does not name its unit or year.
 */
final class ImportCommand {

    private ImportCommand() {}

    static int run(String[] args, PrintStream out, PrintStream err) {
        boolean publish = false;
        String unit = null;
        Integer year = null;
        List<Path> inputs = new ArrayList<>();
        for (int a = 0; a < args.length; a++) {
            String arg = args[a];
            if (arg.equals("--publish")) {
                publish = true;
            } else if (arg.equals("--unit") || arg.equals("--year")) {
                String value = a + 1 < args.length ? args[++a].strip() : "";
                if (arg.equals("--unit") && !value.isEmpty() && !value.startsWith("--")) {
                    unit = value;
                } else if (arg.equals("--year") && value.matches("(?:19|20)\\d{2}")) {
                    year = Integer.valueOf(value);
                } else {
                    err.println(
                            arg.equals("--unit")
                                    ? "--unit 后须写明单位名称，如 --unit 醴陵市司法局"
                                    : "--year 后须写明四位年份，如 --year 2023");
                    return 2;
                }
            } else if (arg.startsWith("--")) {
                err.println("未知选项：" + arg);
                return 2;
            } else {
                inputs.add(Path.of(arg));
            }
        }
        if (inputs.isEmpty()) {
            err.println("用法：import [--publish] [--unit 单位名称] [--year 年度] 文件|目录…");
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
        ImportDefaults defaults =
                unit == null && year == null
                        ? ImportDefaults.NONE
                        : new ImportDefaults(unit, year, "命令行参数");
        try (ApplicationContext context = Contexts.commandLine()) {
            ImportService service = context.getBean(ImportService.class);
            int failed = new ParallelImport(service, defaults, publish, workers()).run(files, out);
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

    /** One parsing worker per core; {@code gongkai.import.workers} overrides (tests). */
    static int workers() {
        return Integer.getInteger(
                "gongkai.import.workers", Runtime.getRuntime().availableProcessors());
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
