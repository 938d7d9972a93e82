package gongkai.disclosure.store;

import gongkai.disclosure.Section;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface SectionRepository extends CrudRepository<Section, Long> {

    Optional<Section> findByDisclosureIdAndPosition(Long disclosureId, int position);
}
