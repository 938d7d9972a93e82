package gongkai.testsupport;

import io.micronaut.context.ApplicationContext;
import io.micronaut.jdbc.DataSourceResolver;
import javax.sql.DataSource;

/**
 * The pool behind Micronaut's transaction-aware DataSource proxy, for tests that set up or inspect
 * rows with plain JDBC outside any transaction.
 */
public final class RawJdbc {

    private RawJdbc() {}

    public static DataSource dataSource(ApplicationContext context) {
        DataSource ds = context.getBean(DataSource.class);
        return context.findBean(DataSourceResolver.class).map(r -> r.resolve(ds)).orElse(ds);
    }
}
