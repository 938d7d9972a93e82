package gongkai.disclosure.store;

import gongkai.disclosure.Section;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface SectionRepository extends CrudRepository<Section, Long> {

    java.util.Optional<Section> findByDisclosureIdAndPosition(Long disclosureId, int position);
}
