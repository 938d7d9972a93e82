package gongkai.validation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import gongkai.classification.CodeList;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureDocument.CheckFinding;
import gongkai.disclosure.export.PublicChecks;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The findings of public revisions for the read API and the public page. A public revision's
 * content never changes (corrections are new revisions), so its findings are computed once and kept
 * by revision id, independently of {@code PublishedCache}, whose entries all go at every
 * publication anywhere: on a large corpus under steady publication the checks would otherwise run
 * again for every page and API read. What the checks read besides the content — the unit's name and
 * kind — is part of the key, so a unit rename is seen. The map is bounded; a new version of the
 * rules starts with an empty map at the next start.
 */
@Singleton
class PublishedFindings implements PublicChecks {

    private record Key(long id, int revision, String unitName, String unitKind) {}

    private final ConsistencyChecker checker = new ConsistencyChecker(CodeList.standard());
    private final Cache<Key, List<CheckFinding>> kept =
            Caffeine.newBuilder().maximumSize(50_000).build();

    @Override
    public List<CheckFinding> findings(DisclosureDocument d) {
        Key key =
                new Key(
                        d.id(),
                        d.revision(),
                        d.unit() == null ? "" : d.unit().name(),
                        d.unit() == null || d.unit().kind() == null ? "" : d.unit().kind());
        return kept.get(key, k -> publicView(checker.check(d)));
    }

    static List<CheckFinding> publicView(List<Finding> findings) {
        return findings.stream()
                .map(f -> new CheckFinding(f.ruleId(), f.severity().name(), f.message()))
                .toList();
    }

    @Override
    public List<String> rulesRun() {
        return RULES;
    }

    /** What {@link ConsistencyChecker} covers, as the 勾稽检查 panel tells readers. */
    static final List<String> RULES =
            List.of(
                    "收入支出决算总表：本年收入合计、本年支出合计等于各行之和，收入总计等于支出总计",
                    "财政拨款收入支出决算总表：合计等于各行之和，每行合计等于一般公共预算、政府性基金、国有资本经营三栏之和，收支总计相等",
                    "表与表之间：收入决算表、支出决算表的合计与总表一致；一般公共预算财政拨款支出决算表与财政拨款总表、基本支出明细表一致",
                    "科目层级：类等于所属款之和，款等于所属项之和；科目名称与国家科目表一致",
                    "“三公”经费：合计等于因公出国（境）费、公务用车购置及运行维护费、公务接待费之和",
                    "机关运行经费与基本支出明细表的公用经费合计一致（行政单位）",
                    "情况说明中的金额与决算表一致：收支总计、收入合计、支出合计、财政拨款、基本支出、项目支出、人员经费、公用经费、各科目决算数、“三公”经费",
                    "情况说明中的占比（占xx%）与按决算表计算的占比一致",
                    "情况说明中的增减额、增长率（与上年、与年初预算相比）与所述金额一致，增减方向不自相矛盾，并说明了原因",
                    "情况说明中的预算完成率、“决算数大于/小于预算数”的表述与所述预算数、决算数一致",
                    "年度与单位：表题、章节标题和情况说明中的年度、单位名称与封面一致",
                    "应公开的决算表齐全（无数据的表注明“本表无数据”）",
                    "绩效自评项目的执行数之和与项目支出一致");
}
