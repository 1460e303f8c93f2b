package news.dateline.media;

import java.awt.image.BufferedImage;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.dateline.media.internal.ImageRepository;
import news.dateline.media.internal.RenditionWriter;
import org.springframework.stereotype.Service;

/** The image library: adds images (storing their renditions) and finds them. */
@Service
public class MediaLibrary {

    private final ImageRepository repository;
    private final RenditionWriter renditions;

    MediaLibrary(ImageRepository repository, RenditionWriter renditions) {
        this.repository = repository;
        this.renditions = renditions;
    }

    /**
     * Adds a decoded image: its responsive renditions are written to storage first, then the
     * library row, so a failure leaves no row pointing at missing files.
     */
    public Image add(BufferedImage pixels, NewImage metadata) {
        var stored = renditions.write(pixels);
        return repository.insert(stored.storageKey(), stored.width(), stored.height(), stored.widths(), metadata);
    }

    public Optional<Image> find(long id) {
        return repository.findById(id);
    }

    /** The most recently added images, newest first. */
    public java.util.List<Image> recent(int limit) {
        return repository.findRecent(Math.max(1, Math.min(limit, 500)));
    }

    public Map<Long, Image> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return repository.findByIds(ids).stream().collect(Collectors.toMap(Image::id, Function.identity()));
    }
}
