/**
 * Media storage (filesystem or S3): exposed to the backup module, which copies every stored file.
 */
@org.springframework.modulith.NamedInterface("storage")
package news.dateline.media.storage;
