package gongkai.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The soak's pure logic: reading forms as a browser submits them, the end check, the tally. */
class SoakLogicTest {

    private static final String PAGE =
            """
            <form action="/logout" method="post"><input type="hidden" name="csrfToken" value="t1"><button type="submit">退出</button></form>
            <form class="grid-form" action="/staff/disclosures/7/profile" method="post">
              <input value="tok&amp;2" name='csrfToken' type="hidden">
              <input type="hidden" name="version" value="3">
              <label>单位负责人 <input name="headOfUnit" value="张&#19977;" maxlength="64"></label>
              <label>编制人 <input name="preparer" value="x" disabled></label>
              <label><input type="radio" name="unit" value="WAN_YUAN"> 万元</label>
              <label><input type="radio" name="unit" value="YUAN" checked> 元</label>
              <textarea name="body" rows="6">
            第一行&lt;b&gt;
            第二行</textarea>
              <select name="start"><option value="BLANK">空白</option><option value="COPY_KEPT" selected>复制</option></select>
              <button type="submit" name="go" value="1">保存</button>
            </form>""";

    @Test
    void readsEveryHiddenFieldOfTheChosenFormWhateverItsAttributeOrder() {
        SoakForm form = SoakForm.find(PAGE, "/staff/disclosures/7/profile").orElseThrow();
        assertEquals(
                "tok&2",
                form.fields().get("csrfToken"),
                "the token of this form, not the logout form's");
        assertEquals("3", form.fields().get("version"));
        assertEquals("张三", form.fields().get("headOfUnit"), "numeric entities decoded");
    }

    @Test
    void
            submitsLikeABrowserCheckedRadiosSelectedOptionsAndTextareaTextButNotDisabledFieldsOrButtons() {
        Map<String, String> fields =
                SoakForm.find(PAGE, "/staff/disclosures/7/profile").orElseThrow().fields();
        assertEquals("YUAN", fields.get("unit"));
        assertEquals("COPY_KEPT", fields.get("start"));
        assertEquals(
                "第一行<b>\n第二行",
                fields.get("body"),
                "the newline after <textarea> is dropped, entities decoded");
        assertFalse(fields.containsKey("preparer"), "a disabled input is not sent");
        assertFalse(fields.containsKey("go"), "a button is not a field unless pressed");
    }

    @Test
    void typedValuesReplaceTheServedOnesAndAMissingFormIsEmpty() {
        SoakForm typed =
                SoakForm.find(PAGE, "/staff/disclosures/7/profile")
                        .orElseThrow()
                        .with(Map.of("headOfUnit", "李四", "extra", "1"));
        assertEquals("李四", typed.fields().get("headOfUnit"));
        assertEquals("3", typed.fields().get("version"));
        assertEquals("1", typed.fields().get("extra"));
        assertTrue(SoakForm.find(PAGE, "/staff/disclosures/7/submit").isEmpty());
        assertTrue(
                SoakForm.find(
                                "<form action=\"/login?next=1\"><input name=\"username\"></form>",
                                "/login")
                        .isPresent(),
                "an action's query does not matter");
    }

    @Test
    void theInvariantHoldsOnlyWhenTheIndexHoldsExactlyThePublishedReportsAndNoDraftIsServed() {
        assertTrue(
                SoakInvariant.compare(Set.of(1L, 2L, 3L), Set.of(3L, 2L, 1L), 4, List.of())
                        .holds());

        SoakInvariant stale =
                SoakInvariant.compare(Set.of(1L, 2L, 5L), Set.of(1L, 2L, 4L), 0, List.of());
        assertFalse(stale.holds());
        assertEquals(Set.of(5L), stale.missing(), "published but not searchable");
        assertEquals(Set.of(4L), stale.extra(), "superseded or withdrawn but still in the index");

        assertFalse(
                SoakInvariant.compare(
                                Set.of(1L), Set.of(1L), 1, List.of("/api/disclosures/9 → HTTP 200"))
                        .holds());
    }

    @Test
    void samplesOfIdSetsAreShortenedForTheReport() {
        assertEquals("none", SoakInvariant.sample(new java.util.TreeSet<>()));
        java.util.TreeSet<Long> many = new java.util.TreeSet<>();
        for (long i = 1; i <= 12; i++) {
            many.add(i);
        }
        assertEquals("1, 2, 3, 4, 5, 6, 7, 8, 9, 10 … (12)", SoakInvariant.sample(many));
    }

    @Test
    void theTallyCountsErrorsAsRequestsOfTheirKindAndKeepsTheFirstFailures() {
        SoakTally tally = new SoakTally(System.nanoTime());
        for (int i = 1; i <= 100; i++) {
            tally.ok("search-api", i * 1_000_000L);
        }
        tally.error("publish", "POST", "/staff/disclosures/1/publish", "HTTP 500");
        for (int i = 0; i < SoakTally.FAILURES_KEPT + 5; i++) {
            tally.error("home", "GET", "/", "HTTP 503");
        }
        assertEquals(100 + 1 + SoakTally.FAILURES_KEPT + 5, tally.requests());
        assertEquals(1 + SoakTally.FAILURES_KEPT + 5, tally.errors());
        assertEquals(SoakTally.FAILURES_KEPT, tally.failures().size());
        assertEquals("/staff/disclosures/1/publish", tally.failures().get(0).url());

        List<SoakTally.KindFigures> figures = tally.figures(1_000_000_000L);
        assertEquals(
                List.of("home", "publish", "search-api"),
                figures.stream().map(SoakTally.KindFigures::kind).toList());
        SoakTally.KindFigures search = figures.get(2);
        assertEquals(100, search.requests());
        assertEquals(0, search.errors());
        assertEquals(50.0, search.stats().p50Ms(), 1e-9);
        assertEquals(95.0, search.stats().p95Ms(), 1e-9);
        assertEquals(
                1,
                figures.get(1).requests(),
                "an error with no answer counts as a request of its kind");
    }

    @Test
    void optionsDefaultToTheFiveThousandReportTenMinuteRun() {
        SoakCommand.Options o = SoakCommand.parse(new String[0]);
        assertEquals(5000, o.size());
        assertEquals(10.0, o.minutes());
        assertEquals(8, o.readers());
        assertEquals(2, o.writers());
        assertEquals(
                0.5,
                SoakCommand.parse(new String[] {"--minutes", "0.5", "--size", "1000"}).minutes());
    }
}
