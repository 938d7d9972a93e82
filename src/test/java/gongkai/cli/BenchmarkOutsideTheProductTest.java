package gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The benchmark is its own source set (src/bench/java, compiled only by the {@code bench} Maven
 * profile, as test code): none of its classes may reach the product's classes directory, and so the
 * jar, and no product class may refer to one. The product's command line no longer offers its
 * commands.
 */
class BenchmarkOutsideTheProductTest {

    @Test
    void productClassesHoldNoBenchmarkClassNorAReferenceToOne() throws Exception {
        Path classes = productClasses();
        List<String> offending = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(f).toString().replace('\\', '/');
                // A class file names every class it uses in its constant pool, as
                // gongkai/bench/Foo.
                if (name.startsWith("gongkai/bench/")
                        || contains(Files.readAllBytes(f), "gongkai/bench/")) {
                    offending.add(name);
                }
            }
        }
        assertTrue(
                offending.isEmpty(),
                "benchmark classes or references in the product: " + offending);
    }

    @Test
    void noClassOfTheBenchSourceSetIsCompiledIntoTheProduct() throws Exception {
        Path classes = productClasses();
        Path bench = Path.of("src", "bench", "java");
        assertTrue(Files.isDirectory(bench), "the bench source set is where the README says");
        List<String> found = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(bench)) {
            for (Path s : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String relative = bench.relativize(s).toString().replace('\\', '/');
                String classFile =
                        relative.substring(0, relative.length() - ".java".length()) + ".class";
                if (Files.exists(classes.resolve(classFile))) {
                    found.add(classFile);
                }
            }
        }
        assertTrue(found.isEmpty(), "compiled into target/classes: " + found);
    }

    @Test
    void productCommandLineNoLongerOffersTheBenchmarkCommands() {
        PrintStream originalErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            for (String command : List.of("bench", "generate", "soak")) {
                assertEquals(2, CommandLine.run(new String[] {command, "--sizes", "10"}), command);
            }
        } finally {
            System.setErr(originalErr);
        }
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("未知命令：bench"), said);
        ByteArrayOutputStream usage = new ByteArrayOutputStream();
        CommandLine.usage(new PrintStream(usage, true, StandardCharsets.UTF_8));
        String help = usage.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("reindex"), help);
        assertFalse(help.contains("generate") || help.contains("bench"), help);
    }

    /** The directory the product's classes are loaded from (target/classes in a Maven build). */
    private static Path productClasses() throws URISyntaxException {
        Path location =
                Path.of(
                        CommandLine.class
                                .getProtectionDomain()
                                .getCodeSource()
                                .getLocation()
                                .toURI());
        assertTrue(
                Files.isDirectory(location.resolve("gongkai")), "product classes at " + location);
        return location;
    }

    private static boolean contains(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + n.length <= haystack.length; i++) {
            for (int k = 0; k < n.length; k++) {
                if (haystack[i + k] != n[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
