package gongkai.region;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RegionRepository extends CrudRepository<Region, String> {

    List<Region> findByName(String name);

    List<Region> findByParentCodeOrderByCode(String parentCode);

    List<Region> findByLevelOrderByCode(RegionLevel level);
}
