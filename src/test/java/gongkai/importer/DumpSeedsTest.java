package gongkai.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Prints what the parser understood of each seed: run by hand ({@code -Dgongkai.dump=true}) when changing the parser. */
@EnabledIfSystemProperty(named = "gongkai.dump", matches = "true")
class DumpSeedsTest {

    @Test
    void dump() {
        for (String s : Seeds.ALL) {
            ParseResult r = Seeds.parse(s);
            System.out.println("===== " + s + " ok=" + r.ok() + " " + r.report().unitName() + " " + r.report().fiscalYear() + " " + r.report().counts());
            r.report().errors().forEach(m -> System.out.println("ERROR " + m));
            r.report().warnings().forEach(m -> System.out.println("WARN " + m));
            if (r.disclosure() == null) {
                continue;
            }
            System.out.println(r.disclosure().people() + " unit=" + r.disclosure().sourceMoneyUnit());
            r.disclosure().sections().forEach(x -> System.out.println("SECTION " + x.line() + " " + x.key() + " [" + x.title() + "] "
                    + x.body().length() + " chars: " + x.body().substring(0, Math.min(40, x.body().length())).replace('\n', '|')));
            r.disclosure().tables().forEach(t -> {
                System.out.println("TABLE " + t.line() + " " + t.kind() + " [" + t.title() + "] " + t.sourceMoneyUnit() + " note=" + t.note() + " rows=" + t.rows().size());
                t.rows().forEach(row -> System.out.println("   " + row.line() + " " + row.kind() + " " + row.side() + " " + row.code() + " " + row.name() + " #" + row.lineNo() + " " + row.amounts()));
            });
        }
    }
}
