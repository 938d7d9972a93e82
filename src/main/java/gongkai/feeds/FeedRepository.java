package gongkai.feeds;

import gongkai.disclosure.Disclosure;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

/**
 * Public revisions, newest publication first. A correction is a revision of its own with its own
 * publication time, so it is an entry of its own; the revision it superseded stays public (and in
 * the feed) with its original time. Drafts, submitted, returned, discarded and withdrawn revisions
 * are never selected.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface FeedRepository extends GenericRepository<Disclosure, Long> {

    String SELECT =
            """
            SELECT d.id, d.unit_id, u.name AS unit_name, u.region_code, d.fiscal_year, d.kind, d.status,
                   d.revision, d.published_at, d.correction_note
            FROM disclosure d JOIN unit u ON u.id = d.unit_id
            WHERE d.status IN ('PUBLISHED', 'SUPERSEDED') AND d.published_at IS NOT NULL
            """;

    @Query(
            SELECT
                    + """
               AND (:regionPattern IS NULL OR u.region_code LIKE :regionPattern)
               AND (:unitId IS NULL OR d.unit_id = :unitId)
             ORDER BY d.published_at DESC, d.id DESC
             LIMIT :limit""")
    List<FeedRevision> newest(@Nullable String regionPattern, @Nullable Long unitId, int limit);

    @Query(SELECT + " AND d.id IN (:ids)")
    List<FeedRevision> byIds(Collection<Long> ids);
}
