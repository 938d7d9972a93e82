package gongkai.disclosure.store;

import gongkai.disclosure.PerformanceIndicator;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PerformanceIndicatorRepository extends CrudRepository<PerformanceIndicator, Long> {}
