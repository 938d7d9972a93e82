package gongkai.bench;

import gongkai.classification.CodeList;
import gongkai.disclosure.MoneyUnit;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What every part of one generated disclosure draws on: its unit and year, the unit's random stream
 * (stable over the unit's years) and the disclosure's own. The parts draw from {@link #r} in a
 * fixed order (items, tables, projects, narrative, people), so the same seed gives the same corpus.
 * Amounts are in 分 until they become BigDecimal 元.
 */
final class Draw {

    static final String[] SURNAMES = {
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高",
        "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹"
    };
    static final String[] GIVEN = {
        "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英",
        "霞", "平", "刚", "桂英", "建华", "志强", "文", "斌", "海燕", "宁", "婷", "晓东"
    };

    final UnitCatalog.UnitSpec unit;
    final int unitIndex;
    final int year;
    final int index;
    final SplittableRandom u;
    final SplittableRandom r;
    final MoneyUnit money;

    /** Tables in 万元 carry 2 decimals of 万元: amounts are whole multiples of 100 元. */
    final long grain;

    final CodeList codes;
    final Vocabulary words;

    /** The functional classes (类), every one a row of 公开01 and 公开04. */
    final List<CodeList.Code> classes;

    Draw(
            UnitCatalog.UnitSpec unit,
            int unitIndex,
            int year,
            int index,
            SplittableRandom u,
            SplittableRandom r,
            CodeList codes,
            Vocabulary words,
            List<CodeList.Code> classes) {
        this.unit = unit;
        this.unitIndex = unitIndex;
        this.year = year;
        this.index = index;
        this.u = u;
        this.r = r;
        this.money = u.nextInt(3) == 0 ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN;
        this.grain = money == MoneyUnit.WAN_YUAN ? 10_000 : 1;
        this.codes = codes;
        this.words = words;
        this.classes = classes;
    }

    /** To the table's grain, at least one grain. */
    long round(long cents) {
        return Math.max(grain, cents / grain * grain);
    }

    /** To the table's grain, possibly zero. */
    long round0(long cents) {
        return cents / grain * grain;
    }

    String person() {
        return SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)];
    }
}
