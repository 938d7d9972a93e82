package gongkai.cli;

import gongkai.importer.ImportDefaults;
import gongkai.importer.ImportService;
import gongkai.importer.ParseResult;
import gongkai.importer.report.ImportReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Imports many files: a bounded pool parses them in parallel (parsing is CPU work and thread-safe),
 * while this thread stores them one by one in file order (one transaction each, so two documents of
 * a new unit never race to register it) and prints each report with progress.
 */
final class ParallelImport {

    private final ImportService service;
    private final ImportDefaults defaults;
    private final boolean publish;
    private final int workers;

    ParallelImport(ImportService service, ImportDefaults defaults, boolean publish, int workers) {
        this.service = service;
        this.defaults = defaults;
        this.publish = publish;
        this.workers = Math.max(1, workers);
    }

    /** Returns how many files failed. */
    int run(List<Path> files, PrintStream out) {
        ExecutorService pool = Executors.newFixedThreadPool(workers, ParallelImport::daemon);
        try {
            Deque<Future<ParseResult>> pending = new ArrayDeque<>();
            int submitted = 0;
            int failed = 0;
            long started = System.nanoTime();
            for (int i = 0; i < files.size(); i++) {
                // Parsed documents wait in memory for the store: keep only a few ahead of it.
                while (submitted < files.size() && submitted < i + 2 * workers) {
                    Path file = files.get(submitted++);
                    pending.add(pool.submit(() -> parse(file)));
                }
                ImportReport report =
                        service.store(result(pending.removeFirst(), files.get(i)), publish, null);
                out.println(report.toText());
                out.println();
                if (report.failed()) {
                    failed++;
                }
                if (files.size() > 1) {
                    out.println(
                            ImportCommand.progress(
                                    i + 1, files.size(), System.nanoTime() - started));
                }
            }
            return failed;
        } finally {
            pool.shutdownNow();
        }
    }

    private ParseResult parse(Path file) {
        try {
            return service.parse(file.toString(), Files.readAllBytes(file), defaults);
        } catch (IOException e) {
            return failure(file, "无法读取文件：" + e.getMessage());
        }
    }

    private static ParseResult result(Future<ParseResult> parsing, Path file) {
        try {
            return parsing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failure(file, "导入被中断");
        } catch (ExecutionException e) {
            return failure(file, "文档无法解析：" + e.getCause().getClass().getSimpleName());
        }
    }

    private static ParseResult failure(Path file, String message) {
        return new ParseResult(
                null, new ImportReport.Builder(file.toString()).error(null, message).build(null));
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "import-parse");
        t.setDaemon(true);
        return t;
    }
}
