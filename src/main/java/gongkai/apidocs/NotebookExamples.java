package gongkai.apidocs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Per GET endpoint of the spec, the lines a researcher pastes: curl, Python (pandas) and R, with
 * the documented example values. {@value #BASE} stands for the portal's address, filled in per
 * request by the page.
 */
final class NotebookExamples {

    static final String BASE = "{base}";

    /** Which field of the answer holds its rows (lists only). */
    private static final Map<String, String> ROWS =
            Map.of(
                    "/api/disclosures", "items",
                    "/api/search", "hits",
                    "/api/compare", "items",
                    "/api/projects", "items");

    /** Lists paged by cursor: the example follows the Link headers to the last page. */
    private static final Map<String, String> CURSOR_PAGED = Map.of("/api/disclosures", "200");

    @Serdeable
    record Lines(String curl, String python, String r) {}

    private NotebookExamples() {}

    static @Nullable Lines of(String path, List<ApiDocs.Param> params) {
        String url = path;
        List<String[]> query = new ArrayList<>();
        for (ApiDocs.Param p : params) {
            boolean hasExample = !p.example().isEmpty();
            if ("path".equals(p.location())) {
                if (!hasExample) {
                    return null;
                }
                url = url.replace("{" + p.name() + "}", p.example());
            } else if ("query".equals(p.location()) && hasExample) {
                query.add(new String[] {p.name(), p.example()});
            } else if (p.required()) {
                return null;
            }
        }
        String rows = ROWS.get(path);
        String pageSize = CURSOR_PAGED.get(path);
        if (pageSize != null) {
            query.add(new String[] {"size", pageSize});
        }
        String encoded =
                query.stream()
                        .map(q -> q[0] + "=" + URLEncoder.encode(q[1], StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
        String full = BASE + url + (encoded.isEmpty() ? "" : "?" + encoded);
        String curl =
                query.isEmpty()
                        ? "curl -s '" + BASE + url + "'"
                        : "curl -sG '"
                                + BASE
                                + url
                                + "'"
                                + query.stream()
                                        .map(q -> " --data-urlencode '" + q[0] + "=" + q[1] + "'")
                                        .collect(Collectors.joining());
        return new Lines(curl, python(url, full, query, rows, pageSize != null), r(full, rows));
    }

    private static String python(
            String url, String full, List<String[]> query, @Nullable String rows, boolean walk) {
        StringBuilder py = new StringBuilder("import pandas as pd, requests\n");
        if (walk) {
            return py.append("url, rows = \"")
                    .append(full)
                    .append("\", []\n")
                    .append("while url:  # 按 Link 头的 rel=\"next\" 翻到最后一页\n")
                    .append("    r = requests.get(url, timeout=60)\n")
                    .append("    r.raise_for_status()\n")
                    .append("    rows += r.json()[\"")
                    .append(rows)
                    .append("\"]\n")
                    .append("    url = r.links.get(\"next\", {}).get(\"url\")\n")
                    .append("df = pd.DataFrame(rows)")
                    .toString();
        }
        py.append("r = requests.get(\"").append(BASE).append(url).append('"');
        if (!query.isEmpty()) {
            py.append(", params={")
                    .append(
                            query.stream()
                                    .map(q -> "\"" + q[0] + "\": \"" + q[1] + "\"")
                                    .collect(Collectors.joining(", ")))
                    .append('}');
        }
        py.append(", timeout=60)\nr.raise_for_status()\n");
        return py.append(
                        rows == null
                                ? "doc = r.json()\ndf = pd.json_normalize(doc)"
                                : "df = pd.json_normalize(r.json()[\"" + rows + "\"])")
                .toString();
    }

    private static String r(String full, @Nullable String rows) {
        return "df <- jsonlite::fromJSON(\"" + full + "\")" + (rows == null ? "" : "$" + rows);
    }
}
