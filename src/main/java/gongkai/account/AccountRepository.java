package gongkai.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AccountRepository extends CrudRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    List<Account> findAllOrderByUsername();

    /**
     * Records failed logins without writing the rest of the row: a full-row update from a login
     * check could otherwise undo a disable or password reset that happened in between.
     */
    void update(@Id Long id, int failedLogins, @Nullable Instant lockedUntil);
}
