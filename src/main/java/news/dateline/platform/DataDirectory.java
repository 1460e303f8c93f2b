package news.dateline.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where this node keeps its files ({@code dateline.data-dir}, default {@code ./data}). */
@ConfigurationProperties("dateline")
public record DataDirectory(Path dataDir) {

    public DataDirectory {
        dataDir = (dataDir == null ? Path.of("data") : dataDir).toAbsolutePath().normalize();
    }

    public Path resolve(String child) {
        return dataDir.resolve(child);
    }
}
