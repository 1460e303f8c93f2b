package news.dateline.media.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The contract against a real S3-compatible server: S3Proxy on a local directory, on 127.0.0.1 and a free
 * port, started once per test JVM and stopped when it exits. Every test gets a bucket of its own.
 */
class S3StorageTest extends MediaStorageContractTest {

    private static final AtomicInteger BUCKETS = new AtomicInteger();

    private final List<S3Storage> opened = new ArrayList<>();

    @Override
    protected MediaStorage storage() {
        String bucket = "media-" + ProcessHandle.current().pid() + "-" + BUCKETS.incrementAndGet();
        LocalS3.SERVER.blobStore.createContainer(bucket);
        return open(bucket, LocalS3.ACCESS_KEY, LocalS3.SECRET_KEY);
    }

    private S3Storage open(String bucket, String accessKey, String secretKey) {
        S3Storage storage = new S3Storage(new S3Storage.Settings(LocalS3.SERVER.endpoint, "us-east-1", bucket, accessKey, secretKey));
        opened.add(storage);
        return storage;
    }

    @AfterEach
    void closeClients() {
        opened.forEach(S3Storage::close);
    }

    @Test
    void describesItsBucketAndEndpoint() {
        S3Storage storage = open("some-bucket", LocalS3.ACCESS_KEY, LocalS3.SECRET_KEY);
        assertThat(storage.describe()).isEqualTo("s3 some-bucket@" + LocalS3.SERVER.endpoint);
    }

    @Test
    void aMissingBucketIsAnErrorNotAMissingObject() {
        S3Storage storage = open("no-such-bucket", LocalS3.ACCESS_KEY, LocalS3.SECRET_KEY);
        assertThatThrownBy(() -> storage.get("images/a/1.webp")).isInstanceOf(S3Exception.class);
        // As with wrong credentials, the server may refuse the upload before reading it and close the connection:
        // the client then reports the broken write instead of the 404. Either way the write fails.
        assertThatThrownBy(() -> storage.put("images/a/1.webp", new byte[1], "image/webp")).isInstanceOf(SdkException.class);
        assertThat(LocalS3.SERVER.blobStore.containerExists("no-such-bucket")).isFalse();
    }

    @Test
    void wrongCredentialsAreRefused() {
        String bucket = "media-" + ProcessHandle.current().pid() + "-" + BUCKETS.incrementAndGet();
        LocalS3.SERVER.blobStore.createContainer(bucket);
        open(bucket, LocalS3.ACCESS_KEY, LocalS3.SECRET_KEY).put("images/a/0.webp", new byte[] {1}, "image/webp");
        S3Storage storage = open(bucket, LocalS3.ACCESS_KEY, "not-the-secret");
        assertThatThrownBy(() -> storage.get("images/a/0.webp"))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(403));
        assertThatThrownBy(() -> storage.exists("images/a/0.webp"))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(403));
        // The server may answer 403 before it has read the upload and close the connection, so the client
        // reports either the 403 or the broken write; either way the write fails and nothing is stored.
        assertThatThrownBy(() -> storage.put("images/a/1.webp", new byte[1], "image/webp")).isInstanceOf(SdkException.class);
        assertThat(LocalS3.SERVER.blobStore.blobExists(bucket, "images/a/1.webp")).isFalse();
    }

    /** One S3Proxy for the whole test JVM, started on first use (the holder idiom makes that thread-safe). */
    private static final class LocalS3 {

        static final String ACCESS_KEY = "dateline-test";
        static final String SECRET_KEY = "dateline-test-secret";
        static final LocalS3 SERVER = new LocalS3();

        final FilesystemNio2BlobStore blobStore;
        final URI endpoint;

        private LocalS3() {
            try {
                Path directory = Files.createTempDirectory("dateline-s3proxy-");
                blobStore = new FilesystemNio2BlobStore(directory.toString());
                S3Proxy proxy = S3Proxy.builder()
                        .blobStore(blobStore)
                        .endpoint(URI.create("http://127.0.0.1:0"))
                        .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                        .build();
                proxy.start();
                endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        proxy.stop();
                    } catch (Exception ignored) {
                        // the JVM is exiting anyway
                    }
                    try {
                        FileSystemUtils.deleteRecursively(directory);
                    } catch (IOException ignored) {
                        // a temporary directory left behind
                    }
                }, "s3proxy-stop"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (Exception e) {
                throw new IllegalStateException("Could not start S3Proxy", e);
            }
        }
    }
}
