package gongkai.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.importer.ImportService;
import gongkai.importer.report.ImportReport;
import gongkai.testsupport.ApiContract;
import gongkai.testsupport.Samples;
import gongkai.testsupport.WebSession;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A published report that contradicts itself says so in public: a real report (醴陵市司法局 2023) with
 * one narrative figure changed (收、支总计 1374.29 → 1474.29万元) and a table title moved to 2022 is
 * imported and published; over real HTTP its {@code GET /api/disclosures/{id}} carries both
 * findings (and matches the published OpenAPI description), and its page shows them in the 勾稽检查
 * panel together with the rules that ran. Run on H2 and on MariaDB.
 */
abstract class PublicFindingsContract {

    @Inject EmbeddedServer server;
    @Inject ImportService imports;
    @Inject JsonMapper json;

    long id;

    static byte[] planted() {
        String text =
                new String(Samples.bytes(Samples.LILING_JUSTICE_BUREAU), StandardCharsets.UTF_8);
        assertTrue(text.contains("收、支总计1374.29万元") && text.contains("\n收入决算表\n"));
        text = text.replaceFirst("收、支总计1374\\.29万元", "收、支总计1474.29万元");
        text = text.replaceFirst("\n收入决算表\n", "\n2022年度收入决算表\n");
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @BeforeAll
    void importAndPublishAContradictoryReport() {
        ImportReport report = imports.importDocument("planted-004.txt", planted(), true);
        assertTrue(report.errors().isEmpty(), report::toText);
        id = report.disclosureId();
        assertTrue(
                report.warnings().stream()
                        .anyMatch(w -> w.message().startsWith("勾稽检查（错误，YEAR-TITLE）")),
                "the import report carries the findings: " + report.toText());
    }

    private List<JsonNode> findings(String body) throws IOException {
        JsonNode doc = json.readValue(body, JsonNode.class);
        List<JsonNode> out = new ArrayList<>();
        doc.get("findings").values().forEach(out::add);
        return out;
    }

    private static JsonNode rule(List<JsonNode> findings, String rule) {
        return findings.stream()
                .filter(f -> rule.equals(f.get("rule").getStringValue()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " in " + findings));
    }

    @Test
    void theApiCarriesTheFindingsOfAPublishedReport() throws IOException {
        WebSession web = new WebSession(server.getURI());
        HttpResponse<String> answer =
                ApiContract.of(server.getURI()).check(web.get("/api/disclosures/" + id));
        assertEquals(200, answer.statusCode());
        List<JsonNode> findings = findings(answer.body());

        JsonNode total = rule(findings, "NARRATIVE-TOTAL");
        assertEquals("WARNING", total.get("severity").getStringValue());
        String message = total.get("message").getStringValue();
        assertTrue(message.contains("1,474.29 万元") && message.contains("1,374.29 万元"), message);

        JsonNode year = rule(findings, "YEAR-TITLE");
        assertEquals("ERROR", year.get("severity").getStringValue());
        assertTrue(year.get("message").getStringValue().contains("2022"), year.toString());
        assertEquals(3, total.size(), "rule, severity, message: " + total);
    }

    @Test
    void theDownloadedJsonCarriesTheSameFindings() throws IOException {
        WebSession web = new WebSession(server.getURI());
        List<JsonNode> api = findings(web.get("/api/disclosures/" + id).body());
        List<JsonNode> file = findings(web.get("/disclosures/" + id + "/download.json").body());
        assertEquals(api, file);
    }

    @Test
    void thePublicPageShowsTheConsistencyPanel() {
        WebSession web = new WebSession(server.getURI());
        HttpResponse<String> page = web.get("/disclosures/" + id);
        assertEquals(200, page.statusCode());
        String html = page.body();
        int at = html.indexOf("<section id=\"checks\"");
        assertTrue(at >= 0, "a 勾稽检查 panel");
        String panel = html.substring(at, html.indexOf("</section>", at));
        assertTrue(panel.contains("<h2 id=\"checks-title\">勾稽检查</h2>"), panel);
        assertTrue(panel.contains("1 处数据自相矛盾"), panel);
        assertTrue(
                Pattern.compile(
                                "<li class=\"finding-error\">\\s*<strong>错误</strong>：<span>[^<]*2022年度收入决算表")
                        .matcher(panel)
                        .find(),
                panel);
        assertTrue(
                Pattern.compile(
                                "<li class=\"finding-warning\">\\s*<strong>不一致</strong>：<span>[^<]*1,474\\.29 万元[^<]*1,374\\.29 万元")
                        .matcher(panel)
                        .find(),
                panel);
        assertTrue(panel.contains("<li>情况说明中的占比"), "the rules that ran are listed: " + panel);
        assertTrue(html.contains("<a href=\"#checks\">勾稽检查</a>"), "the contents link the panel");
    }
}
