package gongkai.cli;

import gongkai.search.IndexRebuilder;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.PrintStream;

/**
 * {@code reindex}: rebuilds the search index from the database into a fresh directory and swaps it
 * in atomically; a running portal (on MySQL/MariaDB: the embedded H2 file belongs to one process,
 * see {@link Contexts}) keeps answering searches and switches over by itself.
 */
final class ReindexCommand {

    private ReindexCommand() {}

    static int run(PrintStream out, PrintStream err) {
        try (ApplicationContext context = Contexts.commandLine()) {
            long started = System.nanoTime();
            int count =
                    context.getBean(IndexRebuilder.class)
                            .rebuild(
                                    p ->
                                            out.println(
                                                    ImportCommand.progress(
                                                            p.done(),
                                                            p.total(),
                                                            p.elapsedNanos())));
            out.printf("重建索引完成：%d 份已公开决算，用时 %.1f 秒。%n", count, (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (IOException e) {
            err.println("重建索引失败：" + e.getMessage());
            return 1;
        }
    }
}
