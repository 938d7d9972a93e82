package gongkai.feeds;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** One public revision (published, or published and since corrected) as a feed entry needs it. */
@Introspected
record FeedRevision(
        long id,
        long unitId,
        String unitName,
        String regionCode,
        int fiscalYear,
        String kind,
        String status,
        int revision,
        Instant publishedAt,
        @Nullable String correctionNote) {}
