package news.dateline.media.storage;

import java.net.URI;
import java.util.Locale;
import news.dateline.platform.DataDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses where media files live: {@code dateline.media.storage=filesystem} (the default) keeps them under
 * {@code <dateline.data-dir>/media}; {@code dateline.media.storage=s3} keeps them in the bucket
 * {@code dateline.media.s3.bucket} of the S3-compatible server at {@code dateline.media.s3.endpoint}
 * (with {@code .region}, default {@code us-east-1}, {@code .access-key} and {@code .secret-key}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageConfiguration.MediaStorageProperties.class)
public class StorageConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StorageConfiguration.class);

    /** The {@code dateline.media.*} settings. */
    @ConfigurationProperties("dateline.media")
    public record MediaStorageProperties(String storage, S3 s3) {

        public MediaStorageProperties {
            storage = storage == null || storage.isBlank() ? "filesystem" : storage.trim().toLowerCase(Locale.ROOT);
            s3 = s3 == null ? new S3(null, null, null, null, null) : s3;
        }

        /** The {@code dateline.media.s3.*} settings; only read when {@code storage} is {@code s3}. */
        public record S3(String endpoint, String region, String bucket, String accessKey, String secretKey) {

            @Override
            public String toString() {
                return "S3[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + ", accessKey="
                        + accessKey + ", secretKey=" + (secretKey == null ? null : "******") + "]";
            }
        }
    }

    @Bean
    MediaStorage mediaStorage(MediaStorageProperties properties, DataDirectory dataDirectory) {
        MediaStorage storage = switch (properties.storage()) {
            case "filesystem" -> new FilesystemStorage(dataDirectory.resolve("media"));
            case "s3" -> new S3Storage(s3Settings(properties.s3()));
            default -> throw new IllegalArgumentException("Unknown dateline.media.storage \"" + properties.storage()
                    + "\": use filesystem or s3");
        };
        log.info("Media storage: {}", storage.describe());
        return storage;
    }

    static S3Storage.Settings s3Settings(MediaStorageProperties.S3 s3) {
        URI endpoint = null;
        if (s3.endpoint() != null && !s3.endpoint().isBlank()) {
            endpoint = URI.create(s3.endpoint().trim());
            if (endpoint.getScheme() == null || endpoint.getHost() == null
                    || !(endpoint.getScheme().equals("http") || endpoint.getScheme().equals("https"))) {
                throw new IllegalArgumentException("dateline.media.s3.endpoint must be an http(s) URL such as "
                        + "https://s3.example.net or http://127.0.0.1:9000, not \"" + s3.endpoint() + "\"");
            }
        }
        return new S3Storage.Settings(endpoint, blankToNull(s3.region()), blankToNull(s3.bucket()),
                blankToNull(s3.accessKey()), blankToNull(s3.secretKey()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
