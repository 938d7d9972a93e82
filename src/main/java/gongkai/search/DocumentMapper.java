package gongkai.search;

import gongkai.classification.CodeList;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureDocument.ProjectView;
import gongkai.disclosure.DisclosureDocument.RowView;
import gongkai.disclosure.DisclosureDocument.SectionView;
import gongkai.disclosure.DisclosureDocument.TableView;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.PerformanceIndicator;
import gongkai.disclosure.StandardTable;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns one {@link DisclosureDocument} into its Lucene documents: one per narrative section, one
 * per table row, one per performance project. Every document repeats the disclosure-level fields
 * (id, unit, region, year) so filters, facets and grouping work on any of them without joins.
 */
final class DocumentMapper {

    /** Body text with offsets in the postings (see {@link SearchFields#BODY_BIGRAM}). */
    private static final FieldType STORED_TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        STORED_TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        STORED_TEXT_WITH_OFFSETS.freeze();
    }

    /** Indexed for term queries only: no positions (see {@link SearchFields#ANY_SMART}, {@link SearchFields#BODY_TERMS}). */
    private static final FieldType TERMS_ONLY = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        TERMS_ONLY.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        TERMS_ONLY.freeze();
    }

    private static final Pattern DIGITS = Pattern.compile("\\d{3,7}");

    private final FacetsConfig facetsConfig;
    private final Analyzer smart = ChineseAnalyzers.smart();

    DocumentMapper(FacetsConfig facetsConfig) {
        this.facetsConfig = facetsConfig;
    }

    /** The facet dimensions: all single-valued, flat. */
    static FacetsConfig facetsConfig() {
        return new FacetsConfig();
    }

    List<Document> map(DisclosureDocument d) throws IOException {
        Common common = Common.of(d, smart);
        List<Document> docs = new ArrayList<>();
        for (SectionView s : d.sections()) {
            if (isBlank(s.body()) && isBlank(s.title())) {
                continue;
            }
            docs.add(section(common, s));
        }
        for (TableView t : d.tables()) {
            for (RowView r : t.rows()) {
                docs.add(row(common, t, r));
            }
        }
        for (ProjectView p : d.projects()) {
            docs.add(project(common, p));
        }
        List<Document> built = new ArrayList<>(docs.size());
        for (Document doc : docs) {
            built.add(facetsConfig.build(doc));
        }
        return built;
    }

    private Document section(Common c, SectionView s) {
        Document doc = c.newDocument(DocType.SECTION);
        String title = s.title() == null ? "" : s.title();
        if (s.key() != null) {
            doc.add(new StringField(SearchFields.PART, s.key(), Field.Store.NO));
        }
        addText(doc, c, DocType.SECTION, title, nullToEmpty(s.body()));
        c.display(doc, title, null, null);
        return doc;
    }

    private Document row(Common c, TableView t, RowView r) {
        Document doc = c.newDocument(DocType.LINE_ITEM);
        StandardTable kind = t.kind();
        doc.add(new StringField(SearchFields.PART, kind.name(), Field.Store.NO));
        String code = r.code() != null && DIGITS.matcher(r.code()).matches() ? r.code() : null;
        if (code != null) {
            doc.add(new StringField(SearchFields.CODE, code, Field.Store.NO));
            for (int len = 3; len <= code.length(); len += 2) {
                doc.add(new StringField(SearchFields.CODE_PREFIX, code.substring(0, len), Field.Store.NO));
            }
            if (r.kind() == LineItem.RowKind.FUNCTIONAL) {
                String classCode = code.substring(0, 3);
                doc.add(new StringField(SearchFields.CLASS_CODE, classCode, Field.Store.NO));
                String className = CodeList.standard().functional(classCode).map(CodeList.Code::name).orElse(classCode);
                doc.add(new SortedSetDocValuesFacetField(SearchFields.FACET_CLASS, facetValue(classCode, className)));
            }
        }
        BigDecimal amount = mainAmount(kind, r.amounts());
        // The body names the table by its number only (公开06), not by its title: a title such as
        // 一般公共预算财政拨款基本支出决算明细表 on every row made each of a report's ~36 rows of 公开06
        // match 基本支出 (540,000 passages at 15,000 reports), burying the rows and sections that are
        // about 基本支出 and making such words the slowest to search. The shown title keeps the name.
        StringBuilder body = new StringBuilder();
        body.append(kind.label()).append('｜');
        if (code != null) {
            body.append(code).append(' ');
        }
        body.append(r.name());
        List<String> parts = new ArrayList<>();
        for (StandardTable.Column col : t.columns()) {
            BigDecimal v = r.amounts().get(col.key());
            if (v != null) {
                parts.add(col.label() + " " + money(v) + "元");
            }
        }
        if (!parts.isEmpty()) {
            doc.add(new StoredField(SearchFields.S_DETAIL, String.join("；", parts)));
        }
        addText(doc, c, DocType.LINE_ITEM, r.name(), body.toString());
        c.display(doc, rowTitle(r, kind), code, amount);
        return doc;
    }

    private Document project(Common c, ProjectView p) {
        Document doc = c.newDocument(DocType.PROJECT);
        doc.add(new StringField(SearchFields.PART, p.kind().name(), Field.Store.NO));
        StringBuilder body = new StringBuilder();
        line(body, "主管部门", p.department());
        line(body, "实施单位", p.implementer());
        line(body, "全年预算数", p.annualBudget() == null ? null : money(p.annualBudget()) + "元");
        line(body, "全年执行数", p.executed() == null ? null : money(p.executed()) + "元");
        line(body, "执行率", p.executionRate() == null ? null : p.executionRate().stripTrailingZeros().toPlainString() + "%");
        line(body, "得分", p.totalScore() == null ? null : p.totalScore().stripTrailingZeros().toPlainString());
        line(body, "年度目标", p.goalPlanned());
        line(body, "实际完成情况", p.goalActual());
        line(body, "自评综述", p.summary());
        for (PerformanceIndicator i : p.indicators()) {
            StringBuilder ind = new StringBuilder();
            for (String part : new String[] {i.level1(), i.level2(), i.name()}) {
                if (!isBlank(part)) {
                    ind.append(ind.length() == 0 ? "" : "·").append(part);
                }
            }
            if (!isBlank(i.targetValue())) {
                ind.append(" 指标值 ").append(i.targetValue());
            }
            if (!isBlank(i.actualValue())) {
                ind.append(" 实际完成 ").append(i.actualValue());
            }
            if (!isBlank(i.measureUnit())) {
                ind.append(' ').append(i.measureUnit());
            }
            if (!isBlank(i.deviationReason())) {
                ind.append(" 偏差原因 ").append(i.deviationReason());
            }
            line(body, "指标", ind.toString());
        }
        addText(doc, c, DocType.PROJECT, p.name(), body.toString());
        // Projects: the executed amount is what was spent; fall back to the annual budget.
        BigDecimal amount = p.executed() != null ? p.executed() : p.annualBudget();
        c.display(doc, p.name(), null, amount);
        return doc;
    }

    /** A row's display title: its name and the table it comes from, e.g. 社区矫正（公开03 支出决算表）. */
    static String rowTitle(RowView r, StandardTable kind) {
        return r.name() + "（" + kind.label() + " " + kind.title() + "）";
    }

    /**
     * The column whose amount represents a row in results and in sort=AMOUNT: the table's total
     * column — 01/06/10 "amount", 02/03/05/08/项目明细 "total" (本年收入合计, 本年支出合计, 小计, 合计),
     * 04 "total" (合计; its 01-like shape may only have "amount"), 07 "total" (本年支出小计, else
     * 本年收入), 09 "actual_total" (决算数·合计), prose items "actual" (支出决算). If the preferred
     * column is empty, the first non-empty column in the table's order is used.
     */
    static BigDecimal mainAmount(StandardTable kind, Map<String, BigDecimal> amounts) {
        if (amounts == null || amounts.isEmpty()) {
            return null;
        }
        List<String> preferred = switch (kind) {
            case G01, G06, G10 -> List.of("amount");
            case G02, G03, G05, G08, PROJECT_DETAIL -> List.of("total");
            case G04 -> List.of("total", "amount");
            case G07 -> List.of("total", "income");
            case G09 -> List.of("actual_total");
            case PROSE -> List.of("actual");
        };
        for (String key : preferred) {
            if (amounts.get(key) != null) {
                return amounts.get(key);
            }
        }
        for (StandardTable.Column col : kind.columns()) {
            if (amounts.get(col.key()) != null) {
                return amounts.get(col.key());
            }
        }
        return amounts.values().stream().filter(v -> v != null).findFirst().orElse(null);
    }

    private void addText(Document doc, Common c, DocType type, String title, String body) {
        // smartcn runs once per text; its tokens feed both the text's own field and ANY_SMART.
        AnalysedText titleWords = AnalysedText.of(smart, SearchFields.TITLE_SMART, title);
        AnalysedText bodyWords = AnalysedText.of(smart, SearchFields.BODY_SMART, body);
        doc.add(new Field(SearchFields.TITLE_SMART, titleWords.stream(), TextField.TYPE_NOT_STORED));
        doc.add(new TextField(SearchFields.TITLE_BIGRAM, title, Field.Store.NO));
        doc.add(new Field(SearchFields.TITLE_TERMS, title, TERMS_ONLY));
        doc.add(new Field(SearchFields.BODY_SMART, bodyWords.stream(), TextField.TYPE_NOT_STORED));
        doc.add(new Field(SearchFields.BODY_BIGRAM, body, STORED_TEXT_WITH_OFFSETS));
        doc.add(new Field(SearchFields.BODY_TERMS, body, TERMS_ONLY));
        AnalysedText any = AnalysedText.concat(titleWords, bodyWords, c.contextWords());
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

    private static void line(StringBuilder sb, String label, String value) {
        if (!isBlank(value)) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(label).append('：').append(value.strip());
        }
    }

    static String facetValue(String key, String label) {
        // FacetsConfig forbids its own delimiter (U+001F) in labels; '|' never occurs in codes or ids.
        return key + "|" + label.replace('\u001f', ' ');
    }

    static String money(BigDecimal v) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(v);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The disclosure-level values every document carries. */
    private record Common(long disclosureId, long unitId, String unitName, int year, List<String[]> regionLevels,
                          String regionDisplay, String context, AnalysedText contextWords) {

        static Common of(DisclosureDocument d, Analyzer smart) {
            DisclosureDocument.RegionRef region = d.unit().region();
            List<String[]> levels = regionLevels(region);
            String display = region == null ? "" : String.join(" / ",
                    region.path() == null || region.path().isEmpty() ? List.of(nullToEmpty(region.name())) : region.path());
            String context = context(d.unit().name(), levels);
            // The same for every passage of the report: segmented once, not once per passage.
            AnalysedText words = AnalysedText.of(smart, SearchFields.CONTEXT_SMART, context);
            return new Common(d.id(), d.unit().id(), d.unit().name(), d.fiscalYear(), levels, display, context, words);
        }

        /** The unit's name and its region's names, e.g. 醴陵市司法局 湖南省 株洲市 醴陵市. */
        private static String context(String unitName, List<String[]> regionLevels) {
            Set<String> names = new LinkedHashSet<>();
            names.add(unitName);
            for (String[] level : regionLevels) {
                names.add(level[1]);
            }
            return String.join(" ", names);
        }

        /**
         * [code, name] for province, city and county as far as the 6-digit code goes: province =
         * first 2 digits + 0000, city = first 4 + 00 (when the code is below province level), county =
         * the code itself (when below city level). Names come from the path, province first; a path
         * shorter than the levels (municipalities: 北京市 / 东城区) gives the last name to the
         * deepest level and reuses the province name for the missing middle.
         */
        static List<String[]> regionLevels(DisclosureDocument.RegionRef region) {
            List<String[]> levels = new ArrayList<>();
            if (region == null || region.code() == null || !region.code().matches("\\d{6}")) {
                return levels;
            }
            String code = region.code();
            List<String> codes = new ArrayList<>();
            codes.add(code.substring(0, 2) + "0000");
            if (!code.substring(2, 4).equals("00")) {
                codes.add(code.substring(0, 4) + "00");
            }
            if (!code.substring(4, 6).equals("00")) {
                codes.add(code);
            }
            List<String> path = region.path() == null || region.path().isEmpty()
                    ? List.of(nullToEmpty(region.name())) : region.path();
            for (int i = 0; i < codes.size(); i++) {
                String name;
                if (path.size() == codes.size()) {
                    name = path.get(i);
                } else if (i == codes.size() - 1) {
                    name = path.get(path.size() - 1);
                } else {
                    name = path.get(Math.min(i, path.size() - 1));
                }
                levels.add(new String[] {codes.get(i), name});
            }
            return levels;
        }

        Document newDocument(DocType type) {
            Document doc = new Document();
            String id = Long.toString(disclosureId);
            doc.add(new StringField(SearchFields.DISCLOSURE_ID, id, Field.Store.NO));
            doc.add(new NumericDocValuesField(SearchFields.DISCLOSURE_ID_DV, disclosureId));
            doc.add(new StringField(SearchFields.TYPE, type.name(), Field.Store.NO));
            doc.add(new StringField(SearchFields.UNIT_ID, Long.toString(unitId), Field.Store.NO));
            doc.add(new StringField(SearchFields.UNIT_NAME, unitName, Field.Store.NO));
            doc.add(new IntPoint(SearchFields.YEAR, year));
            doc.add(new NumericDocValuesField(SearchFields.YEAR_SORT, year));
            for (String[] level : regionLevels) {
                doc.add(new StringField(SearchFields.REGION_CODE, level[0], Field.Store.NO));
            }
            doc.add(new Field(SearchFields.CONTEXT_SMART, contextWords.stream(), TextField.TYPE_NOT_STORED));
            doc.add(new TextField(SearchFields.CONTEXT_BIGRAM, context, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(SearchFields.FACET_YEAR, facetValue(Integer.toString(year), year + "年")));
            doc.add(new SortedSetDocValuesFacetField(SearchFields.FACET_UNIT, facetValue(Long.toString(unitId), unitName)));
            doc.add(new SortedSetDocValuesFacetField(SearchFields.FACET_TYPE, facetValue(type.name(), type.label())));
            if (!regionLevels.isEmpty()) {
                String[] p = regionLevels.get(0);
                doc.add(new SortedSetDocValuesFacetField(SearchFields.FACET_PROVINCE, facetValue(p[0], p[1])));
            }
            if (regionLevels.size() > 1) {
                String[] city = regionLevels.get(1);
                doc.add(new SortedSetDocValuesFacetField(SearchFields.FACET_CITY, facetValue(city[0], city[1])));
            }
            doc.add(new StoredField(SearchFields.S_DISCLOSURE_ID, disclosureId));
            doc.add(new StoredField(SearchFields.S_TYPE, type.name()));
            doc.add(new StoredField(SearchFields.S_UNIT, unitName));
            doc.add(new StoredField(SearchFields.S_REGION, regionDisplay));
            doc.add(new StoredField(SearchFields.S_YEAR, year));
            return doc;
        }

        void display(Document doc, String title, String code, BigDecimal amount) {
            doc.add(new StoredField(SearchFields.S_TITLE, title));
            if (code != null) {
                doc.add(new StoredField(SearchFields.S_CODE, code));
            }
            if (amount != null) {
                doc.add(new StoredField(SearchFields.S_AMOUNT, amount.toPlainString()));
                // In 分: exact for amounts with at most 2 decimals, which is how amounts are stored.
                long fen = amount.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
                doc.add(new NumericDocValuesField(SearchFields.AMOUNT_SORT, fen));
            }
        }
    }
}
