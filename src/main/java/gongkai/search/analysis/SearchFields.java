package gongkai.search.analysis;

import java.util.List;
import org.apache.lucene.facet.FacetsConfig;

/**
 * Field names of the index and why each has the type it has (in the spirit of Lucene's demo
 * IndexFiles). Searchable text is indexed twice, once per analyser (see {@link ChineseAnalyzers});
 * everything a hit displays is stored once, in its display form, so results never touch the
 * database.
 */
public final class SearchFields {

    private SearchFields() {}

    // --- identity -------------------------------------------------------------------------------

    /**
     * StringField, not stored: the disclosure id as one untokenized term. It is the delete/update
     * key: {@code updateDocuments(new Term(DISCLOSURE_ID, id), docs)} replaces every document of a
     * disclosure at once, which makes re-indexing idempotent.
     */
    public static final String DISCLOSURE_ID = "disclosure_id";

    /**
     * NumericDocValues: the same id, column-stride, so that grouping hits by report reads one long
     * per hit without loading stored documents.
     */
    public static final String DISCLOSURE_ID_DV = "disclosure_id_dv";

    // --- filters (StringField / points: exact matches, never scored, not stored) -----------------

    /** StringField: {@link DocType} name; filter and facet. */
    public static final String TYPE = "type";

    /**
     * StringField, multi-valued: the province, city and county codes of the unit's region, so any
     * level filters.
     */
    public static final String REGION_CODE = "region_code";

    /** StringField: unit id as text (filter by id). */
    public static final String UNIT_ID = "unit_id";

    /**
     * StringField: the {@link gongkai.disclosure.DisclosureKind} name of the report (BUDGET or
     * FINAL_ACCOUNTS); filter and facet.
     */
    public static final String KIND = "kind";

    /** StringField: exact unit name (filter by name, e.g. from a link). */
    public static final String UNIT_NAME = "unit_name";

    /** IntPoint: fiscal year; points give exact and range filters cheaply. */
    public static final String YEAR = "year";

    /** StringField: the row's own classification code (exact code match ranks highest). */
    public static final String CODE = "code";

    /**
     * StringField, multi-valued: the code and its 类/款 prefixes (2040610 → 204, 20406, 2040610), so
     * a query for 20406 finds every 项 under it with a plain term lookup instead of a prefix scan.
     */
    public static final String CODE_PREFIX = "code_prefix";

    /** StringField: the 功能分类 类 (3 digits) of functional rows; filter. */
    public static final String CLASS_CODE = "class_code";

    /**
     * StringField: the section key or table kind (e.g. WORK_DONE, G03), for callers that want them.
     */
    public static final String PART = "part";

    // --- sorting (doc values only: sorting needs per-document values, not terms) ---------------

    /** NumericDocValues: fiscal year, for sort=YEAR. */
    public static final String YEAR_SORT = "year_sort";

    /**
     * NumericDocValues: the main amount in 分 (元 × 100, exact for 2-decimal amounts), for
     * sort=AMOUNT.
     */
    public static final String AMOUNT_SORT = "amount_sort";

    // --- searchable text (TextField; analysed, not stored except the highlighted body) ----------

    /**
     * Section title, row name or project name, segmented by smartcn. Short, so matches here score
     * high.
     */
    public static final String TITLE_SMART = "title_smart";

    /** The same title as CJK bigrams (substring recall). */
    public static final String TITLE_BIGRAM = "title_bigram";

    /**
     * Body text (section text; row as table, code, name and amounts; project goals and indicators),
     * smartcn.
     */
    public static final String BODY_SMART = "body_smart";

    /**
     * The body as CJK bigrams. This is the one text field that is also <b>stored</b>, with offsets
     * in the postings: the UnifiedHighlighter reads the stored text and takes match offsets
     * straight from the postings instead of re-analysing 10,000-character sections per hit.
     */
    public static final String BODY_BIGRAM = "body_bigram";

    /** Unit and region names: lets "醴陵 社区矫正" narrow by place; low weight. smartcn. */
    public static final String CONTEXT_SMART = "context_smart";

    /** Unit and region names as bigrams. */
    public static final String CONTEXT_BIGRAM = "context_bigram";

    /**
     * The known budget terms of the title ({@link KnownTerms}): a query word in the vocabulary is
     * one term here instead of a phrase of bigrams. Frequencies but no positions: only term
     * queries.
     */
    public static final String TITLE_TERMS = "title_terms";

    /** The known budget terms of the body, as {@link #TITLE_TERMS}. */
    public static final String BODY_TERMS = "body_terms";

    /**
     * Title, body and context together, smartcn, frequencies but no positions: the "scattered"
     * match (every word of the query somewhere in the passage) as one term per word instead of a
     * choice among three fields per word, which cost as much as all the phrases together.
     */
    public static final String ANY_SMART = "any_smart";

    /**
     * The generic words ({@link Synonyms#GENERIC}: 经费, 支出 …) a passage satisfies, one untokenised
     * term each: a section those among its {@link #ANY_SMART} words, a table row or project all of
     * them. Strict search asks "the passage has 经费, or is a row or project" as one term,
     * precomputed here, instead of a disjunction of two lists of millions of passages for every
     * candidate.
     */
    public static final String GENERIC = "generic";

    public static final List<String> SMART_FIELDS =
            List.of(TITLE_SMART, BODY_SMART, CONTEXT_SMART, ANY_SMART);
    public static final List<String> BIGRAM_FIELDS =
            List.of(TITLE_BIGRAM, BODY_BIGRAM, CONTEXT_BIGRAM);
    public static final List<String> TERMS_FIELDS = List.of(TITLE_TERMS, BODY_TERMS);

    // --- display (StoredField only: read for the hits of one page, never searched) --------------

    public static final String S_DISCLOSURE_ID = "s_disclosure_id";
    public static final String S_TYPE = "s_type";
    public static final String S_KIND = "s_kind";
    public static final String S_UNIT = "s_unit";
    public static final String S_REGION = "s_region";
    public static final String S_YEAR = "s_year";
    public static final String S_TITLE = "s_title";
    public static final String S_CODE = "s_code";

    /** The main amount in 元 as a plain decimal string (exact; BigDecimal on the way out). */
    public static final String S_AMOUNT = "s_amount";

    /**
     * A line item's amounts by column ("本年支出合计 1234.00元；基本支出 …"), shown after its snippet but not
     * searchable: every row of a table has the same column labels, so indexing them made 基本支出 match
     * every row of every table (a fifth of the index) and drowned the rows and passages actually
     * about 基本支出.
     */
    public static final String S_DETAIL = "s_detail";

    // --- facets (SortedSetDocValuesFacetField dimensions; values are "key|label") ---------------

    public static final String FACET_YEAR = "year";
    public static final String FACET_KIND = "kind";
    public static final String FACET_PROVINCE = "province";
    public static final String FACET_CITY = "city";
    public static final String FACET_UNIT = "unit";
    public static final String FACET_TYPE = "type";
    public static final String FACET_CLASS = "class";

    public static final List<String> FACET_DIMS =
            List.of(
                    FACET_YEAR,
                    FACET_KIND,
                    FACET_PROVINCE,
                    FACET_CITY,
                    FACET_UNIT,
                    FACET_TYPE,
                    FACET_CLASS);

    /** The facet dimensions: all single-valued, flat. */
    public static FacetsConfig facetsConfig() {
        return new FacetsConfig();
    }

    /**
     * A facet label as indexed: the key, for filtering, and the display label, read back by the
     * facet reader. FacetsConfig forbids its own delimiter (U+001F) in labels; '|' never occurs in
     * codes or ids.
     */
    public static String facetValue(String key, String label) {
        return key + "|" + label.replace('\u001f', ' ');
    }
}
