package gongkai.compare;

import gongkai.cite.Citation;
import gongkai.region.Region;
import gongkai.region.RegionDirectory;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * How to cite a comparison: its code and filters as the title, the view's own URL (every view is a
 * GET URL) and the date retrieved. The rows link to the revisions they were read from.
 */
@Singleton
class CompareCitation {

    private final RegionDirectory regions;

    CompareCitation(RegionDirectory regions) {
        this.regions = regions;
    }

    Citation of(CompareQuery q, String base, String today) {
        CodeInfo info = CodeInfo.of(q.code());
        List<String> filters = new ArrayList<>();
        if (q.year() != null) {
            filters.add(q.year() + "年度");
        }
        if (q.region() != null) {
            filters.add(regions.byCode(q.region()).map(Region::name).orElse(q.region()));
        }
        if (q.level() != null) {
            filters.add(q.level().label() + "单位");
        }
        String title =
                info.code()
                        + " "
                        + info.name()
                        + " 科目比较"
                        + (filters.isEmpty() ? "" : "（" + String.join("，", filters) + "）");
        return Citation.ofComparison(title, base + CompareLinks.link("/compare", q, 1), today);
    }
}
