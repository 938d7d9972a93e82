package gongkai.inspection;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface StoredFindingRepository extends CrudRepository<StoredFinding, Long> {

    @Query("SELECT * FROM inspection_finding WHERE disclosure_id = :disclosureId ORDER BY id")
    List<StoredFinding> forDisclosure(long disclosureId);
}
