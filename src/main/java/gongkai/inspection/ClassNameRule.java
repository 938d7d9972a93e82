package gongkai.inspection;

import gongkai.classification.CodeList;
import gongkai.validation.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * C01 an outdated name of a classification code (医疗卫生与计划生育支出 for 210, now 卫生健康支出); C02 a name
 * marked （类）/（款）/（项） that the code list does not have at that level, or a code printed with another
 * code's name.
 */
final class ClassNameRule implements ProofRule {

    private static final Pattern MARKED =
            Pattern.compile(
                    "([\\u4e00-\\u9fa5“”\"]+(?:[（(](?![类款项][）)])[\\u4e00-\\u9fa5]{1,3}[）)][\\u4e00-\\u9fa5]+)?)[（(]([类款项])[）)]");

    private static final Pattern CODED =
            Pattern.compile(
                    "(?<![\\d.])(2\\d{2}(?:\\d{2}){0,2})(?![\\d.%])\\s*([\\u4e00-\\u9fa5]{2,24})");

    private final CodeList codes;
    private final List<Set<String>> namesAtLevel = new ArrayList<>();

    ClassNameRule(CodeList codes) {
        this.codes = codes;
        for (int i = 0; i < 3; i++) {
            namesAtLevel.add(new HashSet<>());
        }
        List<CodeList.Code> all = new ArrayList<>(codes.all());
        all.addAll(codes.supplement());
        for (CodeList.Code c : all) {
            if (c.system() == CodeList.CodeSystem.FUNCTIONAL) {
                namesAtLevel.get(c.level() - 1).add(bare(c.name()));
            }
        }
    }

    @Override
    public List<ProofFinding> check(ProofInput input, List<Paragraphs.Para> paragraphs) {
        List<ProofFinding> out = new ArrayList<>();
        for (Paragraphs.Para p : paragraphs) {
            Set<String> reported = new HashSet<>();
            for (RenamedClasses.Former f : RenamedClasses.FORMER.values()) {
                if (f.unique() && p.text().contains(f.name()) && reported.add(f.name())) {
                    out.add(former(p, f));
                }
            }
            Matcher m = MARKED.matcher(p.text());
            while (m.find()) {
                marked(p, m.group(1), "类款项".indexOf(m.group(2)), reported, out);
            }
            Matcher c = CODED.matcher(p.text());
            while (c.find()) {
                coded(p, c.group(1), c.group(2), reported, out);
            }
        }
        return out;
    }

    private void marked(
            Paragraphs.Para p,
            String name,
            int level,
            Set<String> reported,
            List<ProofFinding> out) {
        String n = bare(name);
        for (int i = 0; i + 2 <= n.length(); i++) {
            String suffix = n.substring(i);
            if (namesAtLevel.get(level).contains(suffix)
                    || namesAtLevel.get(level).contains(suffix + "支出")) {
                return;
            }
            RenamedClasses.Former f = RenamedClasses.FORMER.get(suffix);
            if (f != null && f.code().length() == 3 + 2 * level) {
                if (reported.add(f.name())) {
                    out.add(former(p, f));
                }
                return;
            }
        }
        if (level > 0) {
            return; // 款 and 项 lists change every year and ours is incomplete: only former names
        }
        String levelName = "类款项".substring(level, level + 1);
        out.add(
                p.finding(
                        "C02",
                        Severity.WARNING,
                        ChecklistItems.CLASS_NAMES,
                        "科目名称不在科目表中：正文写“"
                                + name
                                + "（"
                                + levelName
                                + "）”，政府收支分类科目中没有这个"
                                + levelName
                                + "级名称"));
    }

    private void coded(
            Paragraphs.Para p,
            String code,
            String text,
            Set<String> reported,
            List<ProofFinding> out) {
        Optional<CodeList.Code> official = codes.functional(code);
        if (official.isEmpty() || text.startsWith(bare(official.get().name()))) {
            return;
        }
        for (RenamedClasses.Former f : RenamedClasses.FORMER.values()) {
            if (f.code().equals(code) && text.startsWith(f.name()) && reported.add(f.name())) {
                out.add(former(p, f));
            }
        }
    }

    private ProofFinding former(Paragraphs.Para p, RenamedClasses.Former f) {
        String now = codes.functional(f.code()).map(CodeList.Code::name).orElse("（现行名称）");
        return p.finding(
                "C01",
                Severity.WARNING,
                ChecklistItems.CLASS_NAMES,
                "科目名称已过时：正文写“" + f.name() + "”，科目 " + f.code() + " 现行名称为“" + now + "”");
    }

    private static String bare(String name) {
        return name.replace('（', '(').replace('）', ')').replaceAll("[\\s“”\"]", "");
    }
}
