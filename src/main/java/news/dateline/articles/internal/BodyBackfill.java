package news.dateline.articles.internal;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Renders, in the background after start, the bodies of stories saved before bodies were rendered on save (or
 * written straight into the database by an import). Until then such a story is rendered when it is read.
 * Readers see no difference: the stored rendering is exactly what reading would render.
 */
@Component
class BodyBackfill {

    private static final Logger log = LoggerFactory.getLogger(BodyBackfill.class);
    private static final int BATCH = 200;

    private final ArticleRepository repository;

    BodyBackfill(ArticleRepository repository) {
        this.repository = repository;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        Thread.ofVirtual().name("body-backfill").start(this::run);
    }

    void run() {
        try {
            long done = 0;
            long after = 0;
            for (Map<Long, String> batch = repository.unrenderedBodies(after, BATCH); !batch.isEmpty();
                 batch = repository.unrenderedBodies(after, BATCH)) {
                batch.forEach((id, body) -> repository.storeRendered(id, body, BodyRenderer.render(body)));
                done += batch.size();
                after = batch.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
            }
            if (done > 0) {
                log.info("Rendered the bodies of {} stories saved before bodies were rendered on save", done);
            }
        } catch (RuntimeException e) {
            log.warn("Rendering stored story bodies failed; they are rendered when read", e);
        }
    }
}
