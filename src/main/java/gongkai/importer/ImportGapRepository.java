package gongkai.importer;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ImportGapRepository extends CrudRepository<ImportGap, Long> {

    @Query("SELECT * FROM import_gap WHERE disclosure_id = :disclosureId ORDER BY id")
    List<ImportGap> forDisclosure(long disclosureId);

    @Query(
            "UPDATE import_gap SET confirmed_by = :username, confirmed_at = :at"
                    + " WHERE disclosure_id = :disclosureId AND confirmed_by IS NULL")
    long confirm(long disclosureId, String username, Instant at);
}
