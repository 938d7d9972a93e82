package gongkai.bench;

import gongkai.importer.DisclosureParser;
import gongkai.importer.ParseResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * {@code import-speed [--repeat N] [--out FILE] FILE|DIR...}: how long the importer takes to read
 * and recognise each document (parse only: storing is measured by the corpus bench), the median of
 * N runs after one warm-up, then all files at once on a pool of one worker per core against the
 * same files one after another. Figures go to a Markdown file (default {@code
 * target/bench/import-speed.md}).
 */
final class ImportSpeedCommand {

    private static final List<String> FORMATS = List.of(".pdf", ".xlsx", ".xls", ".docx", ".txt");

    private ImportSpeedCommand() {}

    static int run(String[] args, PrintStream out, PrintStream err) {
        int repeat = 5;
        Path report = Path.of("target/bench/import-speed.md");
        String command = "";
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--repeat" -> repeat = Integer.parseInt(args[++i]);
                case "--out" -> report = Path.of(args[++i]);
                case "--command" -> command = args[++i];
                default -> inputs.add(Path.of(args[i]));
            }
        }
        try {
            List<Path> files = expand(inputs);
            if (files.isEmpty()) {
                err.println("no documents found in " + inputs);
                return 2;
            }
            StringBuilder md = new StringBuilder();
            md.append("## Import speed (issue 17)\n\n");
            md.append("Command: `").append(command).append("`, ");
            md.append(Runtime.getRuntime().availableProcessors()).append(" cores, ");
            md.append("median of ").append(repeat).append(" parses after one warm-up.\n\n");
            md.append("| file | bytes | pages | tables | rows | ok | median ms | max ms |\n");
            md.append("|---|---:|---:|---:|---:|---|---:|---:|\n");
            long serialNanos = 0;
            for (Path file : files) {
                byte[] bytes = Files.readAllBytes(file);
                String name = file.getFileName().toString();
                ParseResult first = parse(bytes, name);
                long[] runs = new long[repeat];
                for (int r = 0; r < repeat; r++) {
                    long start = System.nanoTime();
                    parse(bytes, name);
                    runs[r] = System.nanoTime() - start;
                }
                Arrays.sort(runs);
                serialNanos += runs[repeat / 2];
                md.append(
                        String.format(
                                Locale.ROOT,
                                "| %s | %d | %s | %d | %d | %s | %.0f | %.0f |%n",
                                name,
                                bytes.length,
                                pages(name, bytes),
                                first.report().counts().tables(),
                                first.report().counts().lineItems(),
                                first.ok()
                                        ? "yes"
                                        : "no: " + first.report().errors().size() + " errors",
                                runs[repeat / 2] / 1e6,
                                runs[repeat - 1] / 1e6));
            }
            long parallelNanos = parallel(files);
            md.append(
                    String.format(
                            Locale.ROOT,
                            "%nAll %d files: %.0f ms one after another (sum of medians), %.0f ms on %d"
                                    + " workers.%n",
                            files.size(),
                            serialNanos / 1e6,
                            parallelNanos / 1e6,
                            Runtime.getRuntime().availableProcessors()));
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, md);
            out.print(md);
            out.println("written to " + report);
            return 0;
        } catch (IOException e) {
            err.println("cannot read: " + e.getMessage());
            return 2;
        }
    }

    private static ParseResult parse(byte[] bytes, String name) {
        return new DisclosureParser().parse(bytes, name);
    }

    private static long parallel(List<Path> files) throws IOException {
        List<byte[]> contents = new ArrayList<>();
        for (Path f : files) {
            contents.add(Files.readAllBytes(f));
        }
        ExecutorService pool =
                Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            long start = System.nanoTime();
            List<Future<ParseResult>> done = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                byte[] bytes = contents.get(i);
                String name = files.get(i).getFileName().toString();
                done.add(pool.submit(() -> parse(bytes, name)));
            }
            for (Future<ParseResult> f : done) {
                f.get();
            }
            return System.nanoTime() - start;
        } catch (Exception e) {
            throw new IOException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String pages(String name, byte[] bytes) {
        if (!name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            return "";
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return Integer.toString(doc.getNumberOfPages());
        } catch (IOException e) {
            return "?";
        }
    }

    private static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile)
                            .filter(
                                    p ->
                                            FORMATS.stream()
                                                    .anyMatch(
                                                            ext ->
                                                                    p.getFileName()
                                                                            .toString()
                                                                            .toLowerCase(
                                                                                    Locale.ROOT)
                                                                            .endsWith(ext)))
                            .sorted()
                            .forEach(files::add);
                }
            } else {
                files.add(input);
            }
        }
        return files;
    }
}
