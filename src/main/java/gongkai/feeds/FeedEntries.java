package gongkai.feeds;

import gongkai.cite.Citation;
import gongkai.disclosure.DisclosureKind;
import gongkai.region.Region;
import gongkai.region.RegionDirectory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** Turns public revisions into feed entries, in Chinese. */
@Singleton
class FeedEntries {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(Citation.ZONE);

    private final RegionDirectory regions;
    private final String tagPrefix;

    /**
     * @param authority the tagging authority of entry and feed ids (RFC 4151): set it to the
     *     portal's domain name once it has one; ids must then stay the same for good, so never
     *     change it afterwards.
     */
    FeedEntries(
            RegionDirectory regions,
            @Value("${gongkai.feeds.tag-authority:gongkai}") String authority) {
        this.regions = regions;
        this.tagPrefix = "tag:" + authority + ",2026:";
    }

    /** A tag URI for a feed or an entry: {@code tag:gongkai,2026:disclosure/12}. */
    String tag(String specific) {
        return tagPrefix + specific;
    }

    String regionPath(String regionCode) {
        List<Region> path = regions.path(regionCode);
        return path.isEmpty()
                ? regionCode
                : path.stream().map(Region::name).collect(Collectors.joining(" "));
    }

    FeedModel.Entry entry(FeedRevision r, String matches) {
        String kind = kindLabel(r.kind());
        boolean correction = r.revision() > 1;
        String title =
                r.unitName()
                        + " "
                        + r.fiscalYear()
                        + "年度"
                        + kind
                        + (correction ? "（更正，第" + r.revision() + "版）" : "");
        String when = DATE.format(r.publishedAt());
        StringBuilder summary = new StringBuilder();
        summary.append(r.unitName()).append("（").append(regionPath(r.regionCode())).append("）");
        if (correction) {
            summary.append("于")
                    .append(when)
                    .append("公开了")
                    .append(r.fiscalYear())
                    .append("年度")
                    .append(kind)
                    .append("的更正版本（第")
                    .append(r.revision())
                    .append("版），取代此前公开的版本。");
            if (r.correctionNote() != null && !r.correctionNote().isBlank()) {
                summary.append("更正说明：").append(r.correctionNote().strip());
                if (!r.correctionNote().strip().endsWith("。")) {
                    summary.append("。");
                }
            }
        } else {
            summary.append("于")
                    .append(when)
                    .append("公开了")
                    .append(r.fiscalYear())
                    .append("年度")
                    .append(kind)
                    .append("。");
        }
        if ("SUPERSEDED".equals(r.status())) {
            summary.append("本版本已被此后的更正版本取代。");
        }
        if (matches != null && !matches.isBlank()) {
            summary.append("匹配内容：").append(matches);
        }
        return new FeedModel.Entry(
                tag("disclosure/" + r.id()),
                title,
                r.unitName(),
                r.publishedAt(),
                "/disclosures/" + r.id(),
                summary.toString());
    }

    static String kindLabel(String kind) {
        try {
            return DisclosureKind.valueOf(kind).label();
        } catch (IllegalArgumentException e) {
            return "部门决算";
        }
    }
}
