package gongkai.opendata;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The /data page's model: the current build's files grouped by year, and the field sets. */
@Serdeable
record OpenDataPage(
        boolean ready,
        @Nullable String builtAt,
        @Nullable String buildSeconds,
        long disclosures,
        long revisions,
        @Nullable FileRow dataPackage,
        List<YearGroup> years,
        List<DatasetInfo> datasets) {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
                    .withZone(ZoneId.of("Asia/Shanghai"));

    @Serdeable
    record YearGroup(String id, String label, List<FileRow> files) {}

    @Serdeable
    record FileRow(
            String name,
            String href,
            String title,
            String revisions,
            String size,
            long rows,
            String sha256,
            String builtAt) {}

    @Serdeable
    record DatasetInfo(
            String base, String title, String titleEn, String description, String fields) {}

    static OpenDataPage of(@Nullable BulkManifest m) {
        List<DatasetInfo> datasets = new ArrayList<>();
        for (Dataset d : Dataset.values()) {
            datasets.add(
                    new DatasetInfo(
                            d.base,
                            d.titleZh,
                            d.titleEn,
                            d.descriptionZh,
                            String.join(", ", d.header())));
        }
        if (m == null) {
            return new OpenDataPage(false, null, null, 0, 0, null, List.of(), datasets);
        }
        Map<Integer, List<FileRow>> byYear = new LinkedHashMap<>();
        byYear.put(null, new ArrayList<>());
        m.files().stream()
                .filter(f -> f.year() != null)
                .map(BulkFile::year)
                .distinct()
                .sorted((a, b) -> b - a)
                .forEach(y -> byYear.put(y, new ArrayList<>()));
        FileRow dataPackage = null;
        for (BulkFile f : m.files()) {
            if (f.dataset() == null) {
                dataPackage = row(f, "Frictionless Data Package");
            } else {
                byYear.get(f.year()).add(row(f, DataPackage.dataset(f.dataset()).titleZh));
            }
        }
        List<YearGroup> years = new ArrayList<>();
        byYear.forEach(
                (year, files) -> {
                    files.sort(
                            (a, b) ->
                                    a.revisions().equals(b.revisions())
                                            ? 0
                                            : a.revisions().startsWith("现行") ? -1 : 1);
                    years.add(
                            new YearGroup(
                                    year == null ? "all" : "y" + year,
                                    year == null ? "全部年度" : year + " 年度",
                                    files));
                });
        return new OpenDataPage(
                true,
                TIME.format(m.builtAt()),
                String.format(Locale.ROOT, "%.1f", m.buildMillis() / 1000.0),
                m.disclosures(),
                m.revisions(),
                dataPackage,
                years,
                datasets);
    }

    private static FileRow row(BulkFile f, String title) {
        return new FileRow(
                f.name(),
                "/data/" + f.name(),
                title,
                f.allRevisions() ? "全部公开版本（含已更正）" : "现行公开版本",
                size(f.bytes()),
                f.rows(),
                f.sha256(),
                TIME.format(f.builtAt()));
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
