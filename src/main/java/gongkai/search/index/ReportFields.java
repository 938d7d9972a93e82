package gongkai.search.index;

import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureKind;
import gongkai.search.analysis.AnalysedText;
import gongkai.search.analysis.DocType;
import gongkai.search.analysis.SearchFields;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

/**
 * The report-level values every Lucene document of a disclosure repeats (id, kind, unit, region,
 * year), so filters, facets, sorting and grouping work on any passage without joins; and the
 * display fields every hit shows. Field types are explained in {@link SearchFields}.
 */
public record ReportFields(
        long disclosureId,
        DisclosureKind kind,
        long unitId,
        String unitName,
        int year,
        List<String[]> regionLevels,
        String regionDisplay,
        String context,
        AnalysedText contextWords) {

    static ReportFields of(DisclosureDocument d, Analyzer smart) {
        DisclosureDocument.RegionRef region = d.unit().region();
        List<String[]> levels = regionLevels(region);
        String display =
                region == null
                        ? ""
                        : String.join(
                                " / ",
                                region.path() == null || region.path().isEmpty()
                                        ? List.of(nullToEmpty(region.name()))
                                        : region.path());
        String context = context(d.unit().name(), levels);
        // The same for every passage of the report: segmented once, not once per passage.
        AnalysedText words = AnalysedText.of(smart, SearchFields.CONTEXT_SMART, context);
        return new ReportFields(
                d.id(),
                d.kind() == null ? DisclosureKind.FINAL_ACCOUNTS : d.kind(),
                d.unit().id(),
                d.unit().name(),
                d.fiscalYear(),
                levels,
                display,
                context,
                words);
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
     * [code, name] for province, city and county as far as the 6-digit code goes: province = first
     * 2 digits + 0000, city = first 4 + 00 (when the code is below province level), county = the
     * code itself (when below city level). Names come from the path, province first; a path shorter
     * than the levels (municipalities: 北京市 / 东城区) gives the last name to the deepest level and
     * reuses the province name for the missing middle.
     */
    public static List<String[]> regionLevels(DisclosureDocument.RegionRef region) {
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
        List<String> path =
                region.path() == null || region.path().isEmpty()
                        ? List.of(nullToEmpty(region.name()))
                        : region.path();
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

    /** A new document of this report with its report-level fields. */
    Document newDocument(DocType type) {
        Document doc = new Document();
        String id = Long.toString(disclosureId);
        doc.add(new StringField(SearchFields.DISCLOSURE_ID, id, Field.Store.NO));
        doc.add(new NumericDocValuesField(SearchFields.DISCLOSURE_ID_DV, disclosureId));
        doc.add(new StringField(SearchFields.TYPE, type.name(), Field.Store.NO));
        doc.add(new StringField(SearchFields.KIND, kind.name(), Field.Store.NO));
        doc.add(new StringField(SearchFields.UNIT_ID, Long.toString(unitId), Field.Store.NO));
        doc.add(new StringField(SearchFields.UNIT_NAME, unitName, Field.Store.NO));
        doc.add(new IntPoint(SearchFields.YEAR, year));
        doc.add(new NumericDocValuesField(SearchFields.YEAR_SORT, year));
        for (String[] level : regionLevels) {
            doc.add(new StringField(SearchFields.REGION_CODE, level[0], Field.Store.NO));
        }
        doc.add(
                new Field(
                        SearchFields.CONTEXT_SMART,
                        contextWords.stream(),
                        TextField.TYPE_NOT_STORED));
        doc.add(new TextField(SearchFields.CONTEXT_BIGRAM, context, Field.Store.NO));
        doc.add(
                new SortedSetDocValuesFacetField(
                        SearchFields.FACET_YEAR,
                        SearchFields.facetValue(Integer.toString(year), year + "年")));
        doc.add(
                new SortedSetDocValuesFacetField(
                        SearchFields.FACET_KIND,
                        SearchFields.facetValue(kind.name(), kind.shortLabel())));
        doc.add(
                new SortedSetDocValuesFacetField(
                        SearchFields.FACET_UNIT,
                        SearchFields.facetValue(Long.toString(unitId), unitName)));
        doc.add(
                new SortedSetDocValuesFacetField(
                        SearchFields.FACET_TYPE,
                        SearchFields.facetValue(type.name(), type.label())));
        if (!regionLevels.isEmpty()) {
            String[] p = regionLevels.get(0);
            doc.add(
                    new SortedSetDocValuesFacetField(
                            SearchFields.FACET_PROVINCE, SearchFields.facetValue(p[0], p[1])));
        }
        if (regionLevels.size() > 1) {
            String[] city = regionLevels.get(1);
            doc.add(
                    new SortedSetDocValuesFacetField(
                            SearchFields.FACET_CITY, SearchFields.facetValue(city[0], city[1])));
        }
        doc.add(new StoredField(SearchFields.S_DISCLOSURE_ID, disclosureId));
        doc.add(new StoredField(SearchFields.S_TYPE, type.name()));
        doc.add(new StoredField(SearchFields.S_KIND, kind.name()));
        doc.add(new StoredField(SearchFields.S_UNIT, unitName));
        doc.add(new StoredField(SearchFields.S_REGION, regionDisplay));
        doc.add(new StoredField(SearchFields.S_YEAR, year));
        return doc;
    }

    /** The passage's own display fields: its title, a row's code, the amount that represents it. */
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

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
