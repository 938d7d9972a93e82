package gongkai.staff.performance;

import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.PerformanceIndicator;
import gongkai.disclosure.PerformanceProject;
import gongkai.disclosure.StoredProject;
import gongkai.staff.tables.TableForm;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The performance form a page opens with: a stored project's, or a new, blank one. */
final class PerformanceFormStart {

    private PerformanceFormStart() {}

    static PerformanceForm.IndicatorInput blankIndicator() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String f : PerformanceForm.INDICATOR_FIELDS) {
            values.put(f, "");
        }
        return new PerformanceForm.IndicatorInput(values);
    }

    /** The form of a stored project, amounts shown in {@code unit}. */
    static PerformanceForm of(StoredProject stored, MoneyUnit unit) {
        PerformanceProject p = stored.project();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("kind", p.kind().name());
        f.put("name", PerformanceForm.nz(p.name()));
        f.put("department", PerformanceForm.nz(p.department()));
        f.put("implementer", PerformanceForm.nz(p.implementer()));
        f.put("goalPlanned", PerformanceForm.nz(p.goalPlanned()));
        f.put("goalActual", PerformanceForm.nz(p.goalActual()));
        f.put("summary", PerformanceForm.nz(p.summary()));
        List<BigDecimal> amounts = PerformanceForm.amounts(p);
        int a = 0;
        for (String key : PerformanceForm.AMOUNTS.keySet()) {
            BigDecimal yuan = amounts.get(a++);
            f.put(key, yuan == null ? "" : TableForm.display(yuan, unit));
        }
        BigDecimal[] scores = {
            p.executionRate(),
            p.executionWeight(),
            p.executionScore(),
            p.totalWeight(),
            p.totalScore()
        };
        int s = 0;
        for (String key : PerformanceForm.SCORES.keySet()) {
            f.put(key, PerformanceForm.plain(scores[s++]));
        }
        List<PerformanceForm.IndicatorInput> rows = new ArrayList<>();
        for (PerformanceIndicator i : stored.indicators()) {
            Map<String, String> v = new LinkedHashMap<>();
            v.put("level1", PerformanceForm.nz(i.level1()));
            v.put("level2", PerformanceForm.nz(i.level2()));
            v.put("name", PerformanceForm.nz(i.name()));
            v.put("nature", PerformanceForm.nz(i.nature()));
            v.put("direction", PerformanceForm.nz(i.direction()));
            v.put("target", PerformanceForm.nz(i.targetValue()));
            v.put("actual", PerformanceForm.nz(i.actualValue()));
            v.put("measure", PerformanceForm.nz(i.measureUnit()));
            v.put("weight", PerformanceForm.plain(i.weight()));
            v.put("score", PerformanceForm.plain(i.score()));
            v.put("reason", PerformanceForm.nz(i.deviationReason()));
            rows.add(new PerformanceForm.IndicatorInput(v));
        }
        return new PerformanceForm(unit, f, rows);
    }

    /** A new, empty project: the usual 100-point split (执行率 10) filled in as a starting point. */
    static PerformanceForm blank() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("kind", "PROJECT");
        PerformanceForm.TEXT_LIMITS.keySet().forEach(k -> f.put(k, ""));
        PerformanceForm.AMOUNTS.keySet().forEach(k -> f.put(k, ""));
        PerformanceForm.SCORES.keySet().forEach(k -> f.put(k, ""));
        f.put("executionWeight", "10");
        f.put("totalWeight", "100");
        return new PerformanceForm(
                MoneyUnit.WAN_YUAN, f, new ArrayList<>(List.of(blankIndicator())));
    }
}
