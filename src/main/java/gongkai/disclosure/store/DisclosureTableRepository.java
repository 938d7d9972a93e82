package gongkai.disclosure.store;

import gongkai.disclosure.DisclosureTable;
import gongkai.disclosure.StandardTable;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface DisclosureTableRepository extends CrudRepository<DisclosureTable, Long> {

    Optional<DisclosureTable> findByDisclosureIdAndTableKind(
            Long disclosureId, StandardTable tableKind);

    @io.micronaut.data.annotation.Query(
            "SELECT COALESCE(MAX(position), -1) FROM disclosure_table WHERE disclosure_id = :disclosureId")
    int maxPosition(long disclosureId);
}
