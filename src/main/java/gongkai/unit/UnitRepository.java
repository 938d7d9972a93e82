package gongkai.unit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface UnitRepository extends CrudRepository<Unit, Long> {

    Optional<Unit> findByRegionCodeAndName(String regionCode, String name);

    List<Unit> findByName(String name);

    List<Unit> findByIdIn(Collection<Long> ids);

    List<Unit> findAllOrderByName();
}
