package gongkai.search.index;

import gongkai.classification.CodeList;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureDocument.ProjectView;
import gongkai.disclosure.DisclosureDocument.RowView;
import gongkai.disclosure.DisclosureDocument.SectionView;
import gongkai.disclosure.DisclosureDocument.TableView;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.StandardTable;
import gongkai.search.analysis.AnalysedText;
import gongkai.search.analysis.ChineseAnalyzers;
import gongkai.search.analysis.DocType;
import gongkai.search.analysis.RowTitles;
import gongkai.search.analysis.SearchFields;
import gongkai.search.analysis.Synonyms;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;

/**
 * Turns one {@link DisclosureDocument} into its Lucene documents: one per narrative section, one
 * per table row, one per performance project. Every document repeats the disclosure-level fields
 * ({@link ReportFields}); the words of rows and projects come from {@link PassageText}; why each
 * field has its type is in {@link SearchFields}.
 */
public final class DocumentMapper {

    /** Body text with offsets in the postings (see {@link SearchFields#BODY_BIGRAM}). */
    private static final FieldType STORED_TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        STORED_TEXT_WITH_OFFSETS.setIndexOptions(
                IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        STORED_TEXT_WITH_OFFSETS.freeze();
    }

    /**
     * Indexed for term queries only: no positions (see {@link SearchFields#ANY_SMART}, {@link
     * SearchFields#BODY_TERMS}).
     */
    private static final FieldType TERMS_ONLY = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        TERMS_ONLY.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        TERMS_ONLY.freeze();
    }

    /**
     * Classification codes (类 3, 款 5, 项 7 digits); anything else in the code column is not searched
     * as a code.
     */
    private static final Pattern DIGITS = Pattern.compile("\\d{3,7}");

    private final FacetsConfig facetsConfig;
    private final Analyzer smart = ChineseAnalyzers.smart();

    public DocumentMapper(FacetsConfig facetsConfig) {
        this.facetsConfig = facetsConfig;
    }

    public List<Document> map(DisclosureDocument d) throws IOException {
        ReportFields report = ReportFields.of(d, smart);
        List<Document> docs = new ArrayList<>();
        for (SectionView s : d.sections()) {
            if (PassageText.isBlank(s.body()) && PassageText.isBlank(s.title())) {
                continue;
            }
            docs.add(section(report, s));
        }
        for (TableView t : d.tables()) {
            for (RowView r : t.rows()) {
                docs.add(row(report, t, r));
            }
        }
        for (ProjectView p : d.projects()) {
            docs.add(project(report, p));
        }
        List<Document> built = new ArrayList<>(docs.size());
        for (Document doc : docs) {
            // Turns the facet fields into the $facets doc values that facet counting reads.
            built.add(facetsConfig.build(doc));
        }
        return built;
    }

    private Document section(ReportFields report, SectionView s) {
        Document doc = report.newDocument(DocType.SECTION);
        String title = s.title() == null ? "" : s.title();
        if (s.key() != null) {
            doc.add(new StringField(SearchFields.PART, s.key(), Field.Store.NO));
        }
        addText(doc, report, DocType.SECTION, title, s.body() == null ? "" : s.body());
        report.display(doc, title, null, null);
        return doc;
    }

    private Document row(ReportFields report, TableView t, RowView r) {
        Document doc = report.newDocument(DocType.LINE_ITEM);
        StandardTable kind = t.kind();
        doc.add(new StringField(SearchFields.PART, kind.name(), Field.Store.NO));
        String code = r.code() != null && DIGITS.matcher(r.code()).matches() ? r.code() : null;
        if (code != null) {
            addCode(doc, code, r.kind());
        }
        String detail = PassageText.rowDetail(t, r);
        if (detail != null) {
            doc.add(new StoredField(SearchFields.S_DETAIL, detail));
        }
        addText(
                doc,
                report,
                DocType.LINE_ITEM,
                r.name(),
                PassageText.rowBody(kind, code, r.name()));
        report.display(doc, rowTitle(r, kind), code, PassageText.mainAmount(kind, r.amounts()));
        return doc;
    }

    /**
     * The code and its 类/款 prefixes as exact terms; a functional row also files under its 类 (filter
     * and facet).
     */
    private static void addCode(Document doc, String code, LineItem.RowKind rowKind) {
        doc.add(new StringField(SearchFields.CODE, code, Field.Store.NO));
        for (int len = 3; len <= code.length(); len += 2) {
            doc.add(
                    new StringField(
                            SearchFields.CODE_PREFIX, code.substring(0, len), Field.Store.NO));
        }
        if (rowKind == LineItem.RowKind.FUNCTIONAL) {
            String classCode = code.substring(0, 3);
            doc.add(new StringField(SearchFields.CLASS_CODE, classCode, Field.Store.NO));
            String className =
                    CodeList.standard()
                            .functional(classCode)
                            .map(CodeList.Code::name)
                            .orElse(classCode);
            doc.add(
                    new SortedSetDocValuesFacetField(
                            SearchFields.FACET_CLASS,
                            SearchFields.facetValue(classCode, className)));
        }
    }

    private Document project(ReportFields report, ProjectView p) {
        Document doc = report.newDocument(DocType.PROJECT);
        doc.add(new StringField(SearchFields.PART, p.kind().name(), Field.Store.NO));
        addText(doc, report, DocType.PROJECT, p.name(), PassageText.projectBody(p, report.kind()));
        report.display(doc, p.name(), null, PassageText.projectAmount(p));
        return doc;
    }

    /** A row's display title: its name and the table it comes from, e.g. 社区矫正（公开03 支出决算表）. */
    public static String rowTitle(RowView r, StandardTable kind) {
        return RowTitles.of(r.name(), kind.label(), kind.title());
    }

    /**
     * The searchable text fields of a passage: each text once per analyser (see {@link
     * SearchFields}).
     */
    private void addText(
            Document doc, ReportFields report, DocType type, String title, String body) {
        // smartcn runs once per text; its tokens feed both the text's own field and ANY_SMART.
        AnalysedText titleWords = AnalysedText.of(smart, SearchFields.TITLE_SMART, title);
        AnalysedText bodyWords = AnalysedText.of(smart, SearchFields.BODY_SMART, body);
        doc.add(
                new Field(
                        SearchFields.TITLE_SMART, titleWords.stream(), TextField.TYPE_NOT_STORED));
        doc.add(new TextField(SearchFields.TITLE_BIGRAM, title, Field.Store.NO));
        doc.add(new Field(SearchFields.TITLE_TERMS, title, TERMS_ONLY));
        doc.add(new Field(SearchFields.BODY_SMART, bodyWords.stream(), TextField.TYPE_NOT_STORED));
        doc.add(new Field(SearchFields.BODY_BIGRAM, body, STORED_TEXT_WITH_OFFSETS));
        doc.add(new Field(SearchFields.BODY_TERMS, body, TERMS_ONLY));
        AnalysedText any = AnalysedText.concat(titleWords, bodyWords, report.contextWords());
        doc.add(new Field(SearchFields.ANY_SMART, any.stream(), TERMS_ONLY));
        for (String word : genericWordsSatisfied(type, any)) {
            doc.add(new StringField(SearchFields.GENERIC, word, Field.Store.NO));
        }
    }

    /**
     * The generic words ({@link Synonyms#GENERIC}) this passage satisfies: a table row or a project
     * is money by what it is, so all of them; a section, those among its words.
     */
    private static Set<String> genericWordsSatisfied(DocType type, AnalysedText any) {
        if (type != DocType.SECTION) {
            return Synonyms.GENERIC;
        }
        Set<String> found = new HashSet<>();
        for (String term : any.terms()) {
            if (Synonyms.GENERIC.contains(term)) {
                found.add(term);
            }
        }
        return found;
    }
}
