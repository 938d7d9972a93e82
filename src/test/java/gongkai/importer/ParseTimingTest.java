package gongkai.importer;

import org.junit.jupiter.api.Test;

/** Prints the parse time per sample (no assertion: machines differ). */
class ParseTimingTest {

    @Test
    void measureParseTimePerSample() {
        DisclosureParser parser = new DisclosureParser();
        for (String seed : Seeds.ALL) {
            DocumentText text = Seeds.text(seed);
            for (int i = 0; i < 5; i++) {
                parser.parse(text); // warm up
            }
            int runs = 20;
            long start = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                parser.parse(text);
            }
            double ms = (System.nanoTime() - start) / 1e6 / runs;
            System.out.printf("parse time %s (%d lines): %.2f ms%n", seed, text.lines().size(), ms);
        }
    }
}
