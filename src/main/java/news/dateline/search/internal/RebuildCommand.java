package news.dateline.search.internal;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import news.dateline.platform.ChangeJournal;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code --dateline.search.rebuild=true}: rebuilds this node's search index from the database with a progress bar
 * on the console, then exits (add {@code --spring.main.web-application-type=none} to not open the web port).
 */
@Component
class RebuildCommand implements ApplicationRunner {

    /** Entries recorded this recently are replayed after a rebuild, in case their transactions were still open. */
    static final Duration REPLAY = Duration.ofMinutes(5);
    private static final int BAR = 30;

    private final SearchIndexer indexer;
    private final ChangeJournal journal;
    private final Clock clock;
    private final Environment environment;
    private final ConfigurableApplicationContext context;

    RebuildCommand(SearchIndexer indexer, ChangeJournal journal, Clock clock, Environment environment,
                   ConfigurableApplicationContext context) {
        this.indexer = indexer;
        this.journal = journal;
        this.clock = clock;
        this.environment = environment;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (environment.getProperty("dateline.search.rebuild", Boolean.class, false)) {
            rebuild(System.out);
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }

    /** Rebuilds, printing progress to {@code out}; returns how long it took. */
    Duration rebuild(PrintStream out) {
        long started = System.nanoTime();
        long cursor = journal.settledBefore(clock.instant().minus(REPLAY));
        out.println("Rebuilding the search index from the database…");
        long[] last = {-1};
        indexer.rebuild(cursor, (done, total) -> {
            long percent = total == 0 ? 100 : done * 100 / total;
            if (percent != last[0] || done == total) {
                last[0] = percent;
                out.print("\r" + bar(percent) + String.format(" %3d%%  %,d of %,d stories", percent, done, total));
                out.flush();
            }
        });
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        out.printf("%nSearch index rebuilt in %.1f s.%n", took.toMillis() / 1000.0);
        return took;
    }

    static String bar(long percent) {
        int filled = (int) (percent * BAR / 100);
        return "[" + "#".repeat(filled) + "-".repeat(BAR - filled) + "]";
    }
}
