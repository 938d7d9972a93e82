package gongkai.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a team would otherwise build: the query typed by the reader as {@code LIKE '%…%'} over the
 * same texts Lucene indexes (section titles and bodies, table row names, project names) in
 * MySQL/MariaDB, with the same filters as joins — one COUNT for the total and one page of distinct
 * disclosures, as a results page needs. No ranking, no word segmentation, no synonyms, no
 * traditional/simplified folding.
 */
final class LikeBaseline implements AutoCloseable {

    private final Connection connection;

    LikeBaseline(String url, String user, String password) throws SQLException {
        this.connection = DriverManager.getConnection(url, user, password);
    }

    /** Number of published disclosures matching, after fetching the requested page. */
    long search(QuerySet.Query q) throws SQLException {
        String pattern =
                "%"
                        + q.q().strip()
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_")
                        + "%";
        String union = unionFor(q.type());
        StringBuilder where = new StringBuilder(" WHERE d.status = 'PUBLISHED'");
        if (q.year() != null) {
            where.append(" AND d.fiscal_year = ?");
        }
        if (q.region() != null) {
            where.append(" AND u.region_code LIKE ?");
        }
        String from =
                " FROM ("
                        + union
                        + ") x JOIN disclosure d ON d.id = x.did JOIN unit u ON u.id = d.unit_id";
        long total;
        try (PreparedStatement ps =
                connection.prepareStatement("SELECT COUNT(DISTINCT x.did)" + from + where)) {
            bind(ps, q, pattern);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        String order =
                "year".equals(q.sort()) ? " ORDER BY d.fiscal_year DESC, d.id" : " ORDER BY d.id";
        try (PreparedStatement ps =
                connection.prepareStatement(
                        "SELECT DISTINCT d.id, d.fiscal_year, u.name"
                                + from
                                + where
                                + order
                                + " LIMIT "
                                + QuerySet.SIZE
                                + " OFFSET "
                                + (q.page() - 1) * QuerySet.SIZE)) {
            bind(ps, q, pattern);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getString(3);
                }
            }
        }
        return total;
    }

    private static String unionFor(String type) {
        List<String> parts = new ArrayList<>();
        if (type == null || type.equals("SECTION")) {
            parts.add(
                    "SELECT s.disclosure_id AS did FROM section s WHERE s.title LIKE ? OR s.body LIKE ?");
        }
        if (type == null || type.equals("LINE_ITEM")) {
            parts.add(
                    "SELECT t.disclosure_id AS did FROM line_item li JOIN disclosure_table t ON t.id = li.table_id WHERE li.row_name LIKE ?");
        }
        if (type == null || type.equals("PROJECT")) {
            parts.add(
                    "SELECT p.disclosure_id AS did FROM performance_project p WHERE p.name LIKE ?");
        }
        return String.join(" UNION ALL ", parts);
    }

    private static void bind(PreparedStatement ps, QuerySet.Query q, String pattern)
            throws SQLException {
        int k = 1;
        int patterns = q.type() == null ? 4 : q.type().equals("SECTION") ? 2 : 1;
        for (int i = 0; i < patterns; i++) {
            ps.setString(k++, pattern);
        }
        if (q.year() != null) {
            ps.setInt(k++, q.year());
        }
        if (q.region() != null) {
            String r = q.region();
            ps.setString(
                    k,
                    r.endsWith("0000")
                            ? r.substring(0, 2) + "%"
                            : r.endsWith("00") ? r.substring(0, 4) + "%" : r);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
