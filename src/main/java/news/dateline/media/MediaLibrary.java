package news.dateline.media;

import java.awt.image.BufferedImage;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.dateline.media.internal.ImageInspector;
import news.dateline.media.internal.ImageRepository;
import news.dateline.media.internal.Renditions;
import news.dateline.media.storage.MediaStorage.StoredObject;
import news.dateline.platform.ChangeJournal;
import news.dateline.platform.ChangeKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The image library: takes uploads (checked by content), keeps their metadata and serves their renditions. */
@Service
public class MediaLibrary {

    private final ImageRepository repository;
    private final Renditions renditions;
    private final ImageInspector inspector;
    private final ChangeJournal journal;

    MediaLibrary(ImageRepository repository, Renditions renditions, ImageInspector inspector, ChangeJournal journal) {
        this.repository = repository;
        this.renditions = renditions;
        this.inspector = inspector;
        this.journal = journal;
    }

    /** What an upload would become: checked, with the credit its own metadata carries (to pre-fill the form). */
    public EmbeddedCredit inspect(byte[] upload) {
        return inspector.inspect(upload).credit();
    }

    /**
     * Adds an uploaded file. It is refused with {@link ImageRejected} unless it is a complete JPEG, PNG or WebP
     * within the size and pixel limits. The master is stored before the library row, so a failure leaves no row
     * pointing at missing files. Metadata the editor left empty is filled from the file's own IPTC/XMP.
     */
    public Image upload(byte[] bytes, NewImage metadata, String uploadedBy) {
        return upload(bytes, embedded -> metadata, uploadedBy);
    }

    /**
     * Adds a file uploaded with nothing typed yet (the file is read once): its alt text is the file's embedded caption,
     * or "Photo" and the file's name without extension; the rest comes from its own IPTC/XMP.
     */
    public Image upload(byte[] bytes, String fileName, String uploadedBy) {
        return upload(bytes, embedded -> new NewImage("", !embedded.caption().isEmpty() ? embedded.caption()
                : "Photo " + fileName.replaceAll("\\.[A-Za-z0-9]+$", ""), new ImageCredit("", "")), uploadedBy);
    }

    private Image upload(byte[] bytes, Function<EmbeddedCredit, NewImage> typed, String uploadedBy) {
        var inspected = inspector.inspect(bytes);
        var embedded = inspected.credit();
        NewImage metadata = typed.apply(embedded);
        NewImage merged = new NewImage(or(metadata.caption(), embedded.caption()), metadata.altText(),
                new ImageCredit(or(metadata.credit().source(), embedded.credit()),
                        or(metadata.credit().photographer(), embedded.creator())),
                or(metadata.copyrightNotice(), embedded.copyrightNotice()), metadata.licenseUrl(),
                metadata.acquireLicenseUrl());
        Image image = store(inspected.pixels(), bytes, inspected.format().contentType(), merged, uploadedBy);
        renditions.warmUp(image);
        return image;
    }

    /** Adds pixels made by Dateline itself (the demo illustrations). */
    public Image add(BufferedImage pixels, NewImage metadata) {
        return store(pixels, null, "image/png", metadata, "Dateline");
    }

    /** Prepares, in the background, the renditions pages ask for first (card thumbnail and hero). */
    public void prepare(Image image) {
        renditions.warmUp(image);
    }

    private Image store(BufferedImage pixels, byte[] original, String type, NewImage metadata, String uploadedBy) {
        String key = renditions.storeMaster(pixels, original, type);
        try {
            return repository.insert(key, pixels.getWidth(), pixels.getHeight(), Renditions.widthsFor(pixels.getWidth()),
                    metadata, uploadedBy, type);
        } catch (RuntimeException e) {
            renditions.delete(key);
            throw e;
        }
    }

    /** Changes an image's caption, alt text and credit (journalled: pages showing it change too). */
    @Transactional
    public Image update(long id, NewImage metadata) {
        require(id);
        repository.update(id, metadata);
        journal.record(ChangeKind.IMAGE, id);
        return require(id);
    }

    /** Sets where the subject is (fractions of width and height); crops follow it from now on. */
    @Transactional
    public Image setFocalPoint(long id, double x, double y) {
        if (!(x >= 0 && x <= 1 && y >= 0 && y <= 1)) {
            throw new ImageRejected("The focal point must lie inside the image");
        }
        require(id);
        repository.setFocalPoint(id, x, y);
        journal.record(ChangeKind.IMAGE, id);
        return require(id);
    }

    /** Deletes an image and its files. Whether anything still uses it is for the caller to check first. */
    public void delete(long id) {
        Image image = require(id);
        repository.delete(id);
        renditions.delete(image.storageKey());
    }

    /**
     * The rendition file {@code name} of the image stored under {@code storageKey}, made on first request. A
     * rendition already stored is answered from storage alone, without the database, so stored images keep being
     * served while the database is unavailable.
     */
    public Optional<StoredObject> rendition(String storageKey, String name) {
        return renditions.stored(storageKey, name)
                .or(() -> repository.findByKey(storageKey).flatMap(image -> renditions.rendition(image, name)));
    }

    public Optional<Image> find(long id) {
        return repository.findById(id);
    }

    public List<Image> recent(int limit) {
        return repository.findRecent(Math.max(1, Math.min(limit, 500)));
    }

    public List<Image> search(String text, int page, int pageSize) {
        return search(text, null, null, page, pageSize);
    }

    /** Images matching {@code text} (caption, alt text, credit, photographer, uploader) added in [from, to), newest first. */
    public List<Image> search(String text, java.time.Instant from, java.time.Instant to, int page, int pageSize) {
        int size = Math.max(1, Math.min(pageSize, 200));
        return repository.search(text == null ? "" : text.strip(), from, to, size, (Math.max(1, page) - 1) * size);
    }

    public Map<Long, Image> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return repository.findByIds(ids).stream().collect(Collectors.toMap(Image::id, Function.identity()));
    }

    /** The images stored under the given keys (as rendition addresses name them), by key; unknown keys are left out. */
    public Map<String, Image> findByKeys(Collection<String> storageKeys) {
        if (storageKeys.isEmpty()) {
            return Map.of();
        }
        return repository.findByKeys(storageKeys).stream()
                .collect(Collectors.toMap(Image::storageKey, Function.identity()));
    }

    private Image require(long id) {
        return repository.findById(id).orElseThrow(() -> new NoSuchElementException("No image " + id));
    }

    private static String or(String given, String embedded) {
        return given == null || given.isBlank() ? embedded : given;
    }
}
