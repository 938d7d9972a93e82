package gongkai.disclosure.store;

import gongkai.disclosure.LineAmount;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface LineAmountRepository extends CrudRepository<LineAmount, LineAmount.Key> {}
