package gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One parser instance reads the real documents over and over (as the importer and the demo data do)
 * and gives the same result every time: nothing carries over from one document to the next.
 *
 * <p>This replaces a timing test that printed milliseconds and asserted nothing. Speed is measured
 * by the benchmark (README "Benchmark", src/bench/BENCHMARKS.md), never by timed unit tests, whose
 * figures depend on whatever else the build machine is doing.
 */
class RepeatedParseTest {

    @Test
    void oneParserGivesTheSameResultForEveryDocumentInAnyOrder() {
        DisclosureParser parser = new DisclosureParser();
        Map<String, ParseResult> first = new LinkedHashMap<>();
        for (String seed : Seeds.ALL) {
            ParseResult result = parser.parse(Seeds.text(seed));
            assertTrue(result.ok(), seed + ": " + result.report());
            assertFalse(result.disclosure().tables().isEmpty(), seed + " has its tables");
            first.put(seed, result);
        }
        for (int round = 0; round < 3; round++) {
            List<String> order = new ArrayList<>(List.of(Seeds.ALL));
            if (round % 2 == 0) {
                Collections.reverse(order);
            }
            for (String seed : order) {
                ParseResult again = parser.parse(Seeds.text(seed));
                assertEquals(
                        first.get(seed).disclosure(),
                        again.disclosure(),
                        seed + " parsed again, round " + round);
                assertEquals(
                        first.get(seed).report(),
                        again.report(),
                        seed + " reported again, round " + round);
            }
        }
    }

    @Test
    void aFreshParserAgreesWithAReusedOne() {
        DisclosureParser reused = new DisclosureParser();
        for (String seed : Seeds.ALL) {
            reused.parse(Seeds.text(seed));
        }
        for (String seed : Seeds.ALL) {
            assertEquals(
                    new DisclosureParser().parse(Seeds.text(seed)),
                    reused.parse(Seeds.text(seed)),
                    seed);
        }
    }
}
