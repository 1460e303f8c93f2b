package news.dateline.backup;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import news.dateline.media.storage.MediaStorage;
import news.dateline.media.storage.StorageConfiguration;
import news.dateline.platform.DataDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@code java -jar dateline.jar backup --to FILE.tar} and {@code restore --from FILE.tar}: run as their own process
 * beside (or instead of) the site, with the site's configuration (the same properties and environment variables)
 * but nothing else of the application started: no web port, no migrations, no demo content, no schedulers.
 */
public final class BackupCommand {

    private BackupCommand() {
    }

    /** Whether the command line asks for a backup or a restore. */
    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
    }

    /** Runs the command; returns the process exit status. */
    public static int run(String[] args) {
        boolean backup = args[0].equals("backup");
        String option = backup ? "to" : "from";
        String file = null;
        List<String> rest = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--" + option) && i + 1 < args.length) {
                file = args[++i];
            } else if (args[i].startsWith("--" + option + "=")) {
                file = args[i].substring(option.length() + 3);
            } else {
                rest.add(args[i]);
            }
        }
        if (file == null) {
            System.err.println("Usage: java -jar dateline.jar backup --to FILE.tar | restore --from FILE.tar "
                    + "[--dateline.data-dir=DIR] [--dateline.database.url=...]");
            return 2;
        }
        try (var context = new SpringApplicationBuilder(Settings.class).web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(rest.toArray(String[]::new))) {
            Environment environment = context.getEnvironment();
            String url = environment.getRequiredProperty("dateline.database.url");
            Path sqliteFile = sqliteFile(url);
            MediaStorage storage = context.getBean(MediaStorage.class);
            if (backup) {
                var dataSource = new DriverManagerDataSource(url, environment.getProperty("dateline.database.username", ""),
                        environment.getProperty("dateline.database.password", ""));
                var manifest = new SiteBackup(dataSource, sqliteFile != null, storage, Clock.systemUTC())
                        .writeTo(Path.of(file), System.out);
                System.out.println("Backup written to " + Path.of(file).toAbsolutePath() + ": " + summary(manifest));
                manifest.missing().forEach(key -> System.out.println("Warning: image " + key + " was deleted while the backup ran"));
                if (!manifest.holdsDatabase()) {
                    System.out.println("The database (" + manifest.database() + ") is not in this file: back it up with its own "
                            + "tools (pg_dump, pg_basebackup); see the README.");
                }
            } else {
                var manifest = new SiteRestore(context.getBean(DataDirectory.class).dataDir(), sqliteFile, storage)
                        .restoreFrom(Path.of(file), System.out);
                System.out.println("Restored " + summary(manifest) + " into " + context.getBean(DataDirectory.class).dataDir()
                        + "; the search index is rebuilt on the first start.");
            }
            return 0;
        } catch (BackupException e) {
            System.err.println((backup ? "Backup" : "Restore") + " failed: " + e.getMessage());
            return 1;
        } catch (java.io.IOException e) {
            System.err.println((backup ? "Backup" : "Restore") + " failed: " + e);
            return 1;
        }
    }

    private static String summary(Manifest manifest) {
        var counts = manifest.counts();
        return String.format("%,d stories, %,d revisions, %,d images, %,d views, %,d files", counts.stories(),
                counts.revisions(), counts.images(), counts.views(), manifest.files().size());
    }

    /** The database file of an SQLite URL ({@code jdbc:sqlite:./data/dateline.db?...}), or null for another database. */
    static @Nullable Path sqliteFile(String url) {
        if (!url.startsWith("jdbc:sqlite:")) {
            return null;
        }
        String path = url.substring("jdbc:sqlite:".length());
        int query = path.indexOf('?');
        return Path.of(query >= 0 ? path.substring(0, query) : path).toAbsolutePath().normalize();
    }

    /** The only beans the commands need: the data directory and the media storage. */
    @EnableConfigurationProperties(DataDirectory.class)
    @Import(StorageConfiguration.class)
    static class Settings {
    }
}
