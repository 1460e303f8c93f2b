package news.dateline.imports.engine;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import news.dateline.DatelineApplication;
import news.dateline.imports.ArchiveImports;
import news.dateline.imports.ImportJob;
import news.dateline.imports.ImportRequest;
import news.dateline.support.Database;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A whole Dateline (web port, no demo content) on a fresh database and data directory, for import tests. */
final class ImportNode implements AutoCloseable {

    final ConfigurableApplicationContext context;
    final Path dataDir;
    final Database database;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private ImportNode(Database database, Path dataDir, ConfigurableApplicationContext context) {
        this.database = database;
        this.dataDir = dataDir;
        this.context = context;
    }

    static ImportNode start(Database database, Class<?>... extra) {
        return start(database, database.newDatabaseUrl(), extra);
    }

    static ImportNode start(Database database, String url, Class<?>... extra) {
        try {
            Path dataDir = Files.createTempDirectory("dateline-import");
            return new ImportNode(database, dataDir, boot(database, url, dataDir, extra));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ConfigurableApplicationContext boot(Database database, String url, Path dataDir, Class<?>... extra) {
        List<Class<?>> sources = new ArrayList<>(List.of(DatelineApplication.class, ExportEra.class));
        sources.addAll(List.of(extra));
        return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).run(
                "--server.port=0",
                "--dateline.database.url=" + url,
                "--dateline.database.username=" + (database == Database.POSTGRESQL ? "postgres" : ""),
                "--dateline.data-dir=" + dataDir,
                "--dateline.demo.enabled=false",
                "--dateline.media.warm-up=false",
                "--spring.main.banner-mode=off");
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** A test resource copied into the data directory (as an upload would be). */
    Path resource(String name) {
        try (InputStream in = ImportNode.class.getResourceAsStream("/imports/" + name)) {
            Path folder = Files.createDirectories(dataDir.resolve("imports").resolve("test"));
            Path file = folder.resolve(name);
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Plans and runs an import as the application itself; waits until it ends. */
    ImportJob importAll(String platform, Path export, Path media, String siteUrl) {
        ArchiveImports imports = bean(ArchiveImports.class);
        ImportJob planned = imports.plan(ImportRequest.bySystem(platform, export, media, siteUrl));
        imports.start(planned.id());
        return awaitEnd(planned.id());
    }

    ImportJob awaitEnd(long id) {
        ArchiveImports imports = bean(ArchiveImports.class);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                .until(() -> imports.job(id).orElseThrow().state() != ImportJob.State.RUNNING);
        return imports.job(id).orElseThrow();
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        context.close();
        http.close();
    }
}
