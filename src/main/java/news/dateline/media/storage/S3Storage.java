package news.dateline.media.storage;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Media storage in a bucket of an S3-compatible object store (AWS S3, MinIO, Garage, Ceph, R2, ...), for
 * deployments where several application nodes serve the same media. The object key is the media key
 * itself. S3 replaces an object in one step, so readers never see a partial object.
 *
 * <p>The client uses path-style requests ({@code <endpoint>/<bucket>/<key>}), which every S3-compatible
 * server understands, and sends checksums only where the S3 API requires them, since newer default
 * checksum modes are not implemented by all such servers. The bucket must exist; nothing here creates it.
 */
public final class S3Storage implements MediaStorage, AutoCloseable {

    /** S3's limit on keys in one multi-object delete. */
    private static final int DELETE_BATCH = 1000;

    private final S3Client client;
    private final String bucket;
    private final String description;

    /** Settings for {@link #S3Storage(Settings)}; {@code endpoint} is null for AWS itself, and both keys null for the SDK's default credentials. */
    public record Settings(URI endpoint, String region, String bucket, String accessKey, String secretKey) {

        public Settings {
            if (bucket == null || bucket.isBlank()) {
                throw new IllegalArgumentException("The S3 bucket is required (dateline.media.s3.bucket)");
            }
            if (region == null || region.isBlank()) {
                region = "us-east-1";
            }
            if ((accessKey == null || accessKey.isBlank()) != (secretKey == null || secretKey.isBlank())) {
                throw new IllegalArgumentException(
                        "Set both dateline.media.s3.access-key and dateline.media.s3.secret-key, or neither");
            }
        }

        /** Everything but the secret, for logs. */
        @Override
        public String toString() {
            return "Settings[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket
                    + ", accessKey=" + accessKey + "]";
        }
    }

    public S3Storage(Settings settings) {
        this.bucket = settings.bucket();
        this.description = "s3 " + settings.bucket() + "@"
                + (settings.endpoint() == null ? "aws/" + settings.region() : settings.endpoint().toString());
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(10))
                        .socketTimeout(Duration.ofSeconds(60)))
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials(settings))
                .forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        this.client = builder.build();
    }

    private static AwsCredentialsProvider credentials(Settings settings) {
        if (settings.accessKey() == null || settings.accessKey().isBlank()) {
            return DefaultCredentialsProvider.builder().build();
        }
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) {
        MediaStorage.checkKey(key);
        MediaStorage.checkContentType(contentType);
        if (bytes == null) {
            throw new IllegalArgumentException("bytes are required");
        }
        client.putObject(request -> request.bucket(bucket).key(key).contentType(contentType).contentLength((long) bytes.length),
                RequestBody.fromBytes(bytes));
    }

    @Override
    public Optional<StoredObject> get(String key) {
        MediaStorage.checkKey(key);
        try {
            ResponseBytes<GetObjectResponse> object = client.getObjectAsBytes(request -> request.bucket(bucket).key(key));
            String contentType = object.response().contentType();
            return Optional.of(new StoredObject(object.asByteArray(),
                    contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404 && !isNoSuchBucket(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public boolean exists(String key) {
        MediaStorage.checkKey(key);
        try {
            client.headObject(request -> request.bucket(bucket).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            // HEAD responses have no body, so a missing key is a bare 404
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public java.util.stream.Stream<String> keys() {
        ListObjectsV2Request listing = ListObjectsV2Request.builder().bucket(bucket).build();
        return client.listObjectsV2Paginator(listing).contents().stream().map(S3Object::key);
    }

    @Override
    public void deletePrefix(String prefix) {
        MediaStorage.checkPrefix(prefix);
        ListObjectsV2Request listing = ListObjectsV2Request.builder().bucket(bucket).prefix(prefix).build();
        List<ObjectIdentifier> batch = new ArrayList<>();
        for (S3Object object : client.listObjectsV2Paginator(listing).contents()) {
            batch.add(ObjectIdentifier.builder().key(object.key()).build());
            if (batch.size() == DELETE_BATCH) {
                delete(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            delete(batch);
        }
    }

    private void delete(List<ObjectIdentifier> keys) {
        DeleteObjectsResponse response = client.deleteObjects(request -> request.bucket(bucket)
                .delete(Delete.builder().objects(keys).quiet(true).build()));
        var failures = response.errors().stream().filter(error -> !"NoSuchKey".equals(error.code())).toList();
        if (!failures.isEmpty()) {
            var first = failures.get(0);
            throw new IllegalStateException("Could not delete " + failures.size() + " objects from " + description
                    + ", first " + first.key() + ": " + first.code() + " " + first.message());
        }
    }

    private static boolean isNoSuchBucket(S3Exception e) {
        return e.awsErrorDetails() != null && "NoSuchBucket".equals(e.awsErrorDetails().errorCode());
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public String toString() {
        return describe();
    }

    @Override
    public void close() {
        client.close();
    }
}
