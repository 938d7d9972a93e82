package gongkai.search.index;

import static gongkai.search.index.ReportFieldsDocumentTest.tokens;
import static gongkai.search.index.ReportFieldsDocumentTest.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureDocument.ProjectView;
import gongkai.disclosure.DisclosureDocument.RowView;
import gongkai.disclosure.DisclosureDocument.SectionView;
import gongkai.disclosure.DisclosureDocument.TableView;
import gongkai.disclosure.DisclosureKind;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.PerformanceProject;
import gongkai.disclosure.StandardTable;
import gongkai.search.analysis.AnalysedText;
import gongkai.search.analysis.ChineseAnalyzers;
import gongkai.search.analysis.SearchFields;
import gongkai.search.analysis.Synonyms;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

/**
 * Which Lucene fields each passage gets from {@link DocumentMapper}, asserted field by field: the
 * search tests reach most of these only through queries that other fields also answer. Written
 * after mutation testing (issue 16).
 */
class DocumentMapperTest {

    private final DocumentMapper mapper = new DocumentMapper(SearchFields.facetsConfig());

    private static DisclosureDocument document(
            List<SectionView> sections, List<TableView> tables, List<ProjectView> projects) {
        DisclosureDocument d =
                ReportFieldsDocumentTest.report(
                        DisclosureKind.FINAL_ACCOUNTS, ReportFieldsDocumentTest.LILING);
        return new DisclosureDocument(
                d.id(),
                d.unit(),
                d.fiscalYear(),
                d.kind(),
                d.status(),
                d.revision(),
                null,
                d.profile(),
                null,
                null,
                sections,
                tables,
                projects);
    }

    private static TableView expenditure(RowView... rows) {
        StandardTable t = StandardTable.G03;
        return new TableView("公开03", t, t.title(), null, null, t.columns(), List.of(rows));
    }

    private static RowView row(String code, String name, LineItem.RowKind kind, String total) {
        return new RowView(
                code,
                name,
                kind,
                LineItem.Side.EXPENSE,
                null,
                null,
                total == null ? Map.of() : Map.of("total", new BigDecimal(total)));
    }

    private static ProjectView project(String name, String executed) {
        BigDecimal ex = new BigDecimal(executed);
        return new ProjectView(
                PerformanceProject.Kind.PROJECT,
                name,
                "司法局",
                "司法局",
                ex,
                ex,
                ex,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "保障社区矫正工作",
                null,
                null,
                false,
                List.of());
    }

    /** The facet values FacetsConfig.build indexed for drill-down, as "dim/key|label". */
    private static Set<String> facets(Document doc) {
        Set<String> out = new TreeSet<>();
        for (String v : doc.getValues(FacetsConfig.DEFAULT_INDEX_FIELD_NAME)) {
            String[] path = FacetsConfig.stringToPath(v);
            if (path.length == 2) {
                out.add(path[0] + "/" + path[1]);
            }
        }
        return out;
    }

    private static Set<String> passageFacets(Document doc) {
        Set<String> out = new TreeSet<>();
        for (String f : facets(doc)) {
            if (f.startsWith("type/") || f.startsWith("class/")) {
                out.add(f);
            }
        }
        return out;
    }

    @Test
    void sectionsThenRowsThenProjectsEachBecomeOnePassageAndBlankSectionsNone() throws IOException {
        List<Document> docs =
                mapper.map(
                        document(
                                List.of(
                                        new SectionView("FUNCTIONS", "部门职责", "负责社区矫正工作。"),
                                        new SectionView(null, " ", null),
                                        new SectionView(null, null, "　"),
                                        new SectionView(null, "三公经费说明", null),
                                        new SectionView(null, null, "无")),
                                List.of(
                                        expenditure(
                                                row(
                                                        "2040610",
                                                        "社区矫正",
                                                        LineItem.RowKind.FUNCTIONAL,
                                                        "10"),
                                                row(null, "合计", LineItem.RowKind.NAMED, "20"))),
                                List.of(project("社区矫正经费", "780000"))));
        List<String> shown = new ArrayList<>();
        for (Document d : docs) {
            shown.add(
                    values(d, SearchFields.S_TYPE).get(0)
                            + " "
                            + values(d, SearchFields.S_TITLE).get(0));
        }
        assertEquals(
                List.of(
                        "SECTION 部门职责",
                        "SECTION 三公经费说明",
                        "SECTION ",
                        "LINE_ITEM 社区矫正（公开03 支出决算表）",
                        "LINE_ITEM 合计（公开03 支出决算表）",
                        "PROJECT 社区矫正经费"),
                shown);
        // Every passage is built by FacetsConfig: the report's facets are indexed for drill-down.
        for (Document d : docs) {
            assertTrue(facets(d).contains("year/2023|2023年"), facets(d).toString());
        }
    }

    @Test
    void aSectionsTitleAndBodyAreIndexedForEachAnalyserAndItsKeyAsThePart() throws IOException {
        Document doc =
                mapper.map(
                                document(
                                        List.of(new SectionView("FUNCTIONS", "部门职责", "负责社区矫正工作。")),
                                        List.of(),
                                        List.of()))
                        .get(0);
        assertEquals(List.of("FUNCTIONS"), values(doc, SearchFields.PART));
        assertEquals(List.of("部门职责"), values(doc, SearchFields.TITLE_BIGRAM));
        assertEquals(List.of("部门职责"), values(doc, SearchFields.TITLE_TERMS));
        assertEquals(List.of("负责社区矫正工作。"), values(doc, SearchFields.BODY_BIGRAM));
        assertEquals(List.of("负责社区矫正工作。"), values(doc, SearchFields.BODY_TERMS));
        List<String> title = smart(SearchFields.TITLE_SMART, "部门职责");
        List<String> body = smart(SearchFields.BODY_SMART, "负责社区矫正工作。");
        assertEquals(title, tokens(doc.getField(SearchFields.TITLE_SMART)));
        assertEquals(body, tokens(doc.getField(SearchFields.BODY_SMART)));
        List<String> any = new ArrayList<>(title);
        any.addAll(body);
        any.addAll(smart(SearchFields.CONTEXT_SMART, "醴陵市司法局 湖南省 株洲市 醴陵市"));
        assertEquals(any, tokens(doc.getField(SearchFields.ANY_SMART)));
        assertEquals(Set.of("type/SECTION|文字说明"), passageFacets(doc));
        assertEquals(List.of(), values(doc, SearchFields.CODE));
        assertEquals(List.of(), values(doc, SearchFields.S_CODE));
        assertEquals(List.of(), values(doc, SearchFields.S_AMOUNT));
    }

    @Test
    void onlyTheBodyIsStoredWithOffsetsAndTheTermFieldsHaveNoPositions() throws IOException {
        Document doc =
                mapper.map(
                                document(
                                        List.of(new SectionView(null, "部门职责", "社区矫正")),
                                        List.of(),
                                        List.of()))
                        .get(0);
        IndexableField body = doc.getField(SearchFields.BODY_BIGRAM);
        assertTrue(body.fieldType().stored(), "the body is stored for snippets");
        assertEquals(
                IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
                body.fieldType().indexOptions());
        for (String name :
                List.of(
                        SearchFields.TITLE_TERMS,
                        SearchFields.BODY_TERMS,
                        SearchFields.ANY_SMART)) {
            IndexableField f = doc.getField(name);
            assertEquals(IndexOptions.DOCS_AND_FREQS, f.fieldType().indexOptions(), name);
            assertFalse(f.fieldType().stored(), name);
        }
        assertFalse(doc.getField(SearchFields.TITLE_BIGRAM).fieldType().stored());
        assertEquals(
                List.of(), values(doc, SearchFields.PART), "a section without key has no part");
    }

    @Test
    void aSectionSatisfiesOnlyTheGenericWordsItUsesWhileRowsAndProjectsSatisfyAll()
            throws IOException {
        List<Document> docs =
                mapper.map(
                        document(
                                List.of(
                                        new SectionView(null, "社区矫正经费", "支出情况"),
                                        new SectionView(null, "部门职责", "负责社区矫正工作")),
                                List.of(
                                        expenditure(
                                                row(
                                                        "2040610",
                                                        "社区矫正",
                                                        LineItem.RowKind.FUNCTIONAL,
                                                        "10"))),
                                List.of(project("普法宣传", "10"))));
        assertEquals(Set.of("经费", "支出"), Set.copyOf(values(docs.get(0), SearchFields.GENERIC)));
        assertEquals(List.of(), values(docs.get(1), SearchFields.GENERIC));
        assertEquals(Synonyms.GENERIC, Set.copyOf(values(docs.get(2), SearchFields.GENERIC)));
        assertEquals(Synonyms.GENERIC, Set.copyOf(values(docs.get(3), SearchFields.GENERIC)));
    }

    @Test
    void aFunctionalRowFilesUnderItsCodeItsPrefixesAndItsClass() throws IOException {
        Document doc =
                mapper.map(
                                document(
                                        List.of(),
                                        List.of(
                                                expenditure(
                                                        row(
                                                                "2040610",
                                                                "社区矫正",
                                                                LineItem.RowKind.FUNCTIONAL,
                                                                "12.5"))),
                                        List.of()))
                        .get(0);
        assertEquals(List.of("G03"), values(doc, SearchFields.PART));
        assertEquals(List.of("2040610"), values(doc, SearchFields.CODE));
        assertEquals(List.of("204", "20406", "2040610"), values(doc, SearchFields.CODE_PREFIX));
        assertEquals(List.of("204"), values(doc, SearchFields.CLASS_CODE));
        assertEquals(Set.of("type/LINE_ITEM|表格科目", "class/204|公共安全支出"), passageFacets(doc));
        assertEquals(List.of("社区矫正"), values(doc, SearchFields.TITLE_BIGRAM));
        assertEquals(
                List.of(PassageText.rowBody(StandardTable.G03, "2040610", "社区矫正")),
                values(doc, SearchFields.BODY_BIGRAM));
        assertEquals(List.of("社区矫正（公开03 支出决算表）"), values(doc, SearchFields.S_TITLE));
        assertEquals(List.of("2040610"), values(doc, SearchFields.S_CODE));
        assertEquals(List.of("12.5"), values(doc, SearchFields.S_AMOUNT));
        String detail = values(doc, SearchFields.S_DETAIL).get(0);
        assertTrue(detail.contains("12.50"), detail);
    }

    @Test
    void aClassMissingFromTheCodeListIsLabelledByItsCode() throws IOException {
        Document doc =
                mapper.map(
                                document(
                                        List.of(),
                                        List.of(
                                                expenditure(
                                                        row(
                                                                "99901",
                                                                "某款",
                                                                LineItem.RowKind.FUNCTIONAL,
                                                                "1"))),
                                        List.of()))
                        .get(0);
        assertEquals(List.of("999"), values(doc, SearchFields.CLASS_CODE));
        assertTrue(passageFacets(doc).contains("class/999|999"), passageFacets(doc).toString());
        assertEquals(List.of("999", "99901"), values(doc, SearchFields.CODE_PREFIX));
    }

    @Test
    void anEconomicRowHasItsCodeButNoClassAndANamedRowNoCodeAtAll() throws IOException {
        List<Document> docs =
                mapper.map(
                        document(
                                List.of(),
                                List.of(
                                        expenditure(
                                                row("30201", "办公费", LineItem.RowKind.ECONOMIC, "3"),
                                                row("合计", "合计", LineItem.RowKind.NAMED, "3"),
                                                row("12", "栏次", LineItem.RowKind.NAMED, null),
                                                row(
                                                        "20406101",
                                                        "八位",
                                                        LineItem.RowKind.FUNCTIONAL,
                                                        "1"))),
                                List.of()));
        Document economic = docs.get(0);
        assertEquals(List.of("30201"), values(economic, SearchFields.CODE));
        assertEquals(List.of("302", "30201"), values(economic, SearchFields.CODE_PREFIX));
        assertEquals(List.of(), values(economic, SearchFields.CLASS_CODE));
        assertEquals(Set.of("type/LINE_ITEM|表格科目"), passageFacets(economic));
        for (Document named : docs.subList(1, 4)) {
            assertEquals(List.of(), values(named, SearchFields.CODE));
            assertEquals(List.of(), values(named, SearchFields.CODE_PREFIX));
            assertEquals(List.of(), values(named, SearchFields.S_CODE));
            assertEquals(List.of(), values(named, SearchFields.CLASS_CODE));
        }
        assertEquals(
                List.of(), values(docs.get(2), SearchFields.S_DETAIL), "no amounts, no detail");
        assertNull(docs.get(2).getField(SearchFields.S_AMOUNT));
    }

    @Test
    void aProjectIsAPassageOfItsKindTitledByItsNameWithItsBodyAndAmount() throws IOException {
        ProjectView p = project("社区矫正经费", "780000");
        Document doc = mapper.map(document(List.of(), List.of(), List.of(p))).get(0);
        assertEquals(List.of("PROJECT"), values(doc, SearchFields.PART));
        assertEquals(List.of("社区矫正经费"), values(doc, SearchFields.TITLE_BIGRAM));
        assertEquals(
                List.of(PassageText.projectBody(p, DisclosureKind.FINAL_ACCOUNTS)),
                values(doc, SearchFields.BODY_BIGRAM));
        assertEquals(List.of("社区矫正经费"), values(doc, SearchFields.S_TITLE));
        assertEquals(List.of("780000"), values(doc, SearchFields.S_AMOUNT));
        assertEquals(Set.of("type/PROJECT|绩效项目"), passageFacets(doc));
        assertEquals(List.of(), values(doc, SearchFields.CODE));
    }

    private static List<String> smart(String field, String text) {
        return AnalysedText.of(ChineseAnalyzers.smart(), field, text).terms();
    }
}
