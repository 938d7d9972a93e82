package gongkai.search;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureDocument;
import gongkai.importer.ImportService;
import gongkai.importer.SeedLayouts;
import gongkai.importer.report.ImportReport;
import gongkai.search.analysis.DocType;
import gongkai.search.query.SearchQuery;
import gongkai.search.query.SearchResult;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Words that stand only in the text cells of a self-evaluation table (年度主要工作内容, 年度总体绩效目标, 偏差原因) are
 * found by search: imported and published by the real importer, indexed by the real mapper.
 */
@MicronautTest(startApplication = false, transactional = false)
class PerformanceTextSearchTest {

    @Inject ImportService importService;

    @Inject DisclosureCatalog catalog;

    @Test
    void wordsOnlyInSelfEvaluationTextCellsAreFound(@TempDir Path dir) throws IOException {
        // another year than the seeds', so that this disclosure supersedes none of theirs
        String text =
                new String(SeedLayouts.bytes(SeedLayouts.overall()), StandardCharsets.UTF_8)
                        .replace("2022", "2040")
                        .replace("2023", "2041");
        ImportReport report =
                importService.importDocument(
                        "overall.txt", text.getBytes(StandardCharsets.UTF_8), true);
        assertNotNull(report.disclosureId(), report.toText());
        long id = report.disclosureId();
        DisclosureDocument d = catalog.document(id).orElseThrow();
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.writer().upsert(d);
            index.writer().commit(1);
            for (String word :
                    List.of(
                            SeedLayouts.WORK_ONLY_WORD,
                            SeedLayouts.GOAL_ONLY_WORD,
                            SeedLayouts.DEVIATION_ONLY_WORD)) {
                SearchResult r = index.search(SearchQuery.of(word).withPage(1, 10));
                assertTrue(
                        r.hits().stream()
                                .anyMatch(
                                        h ->
                                                h.disclosureId() == id
                                                        && h.type().equals(DocType.PROJECT.name())),
                        () -> word + " not found among " + r.hits());
            }
        }
    }
}
