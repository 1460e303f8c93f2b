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
 * <p>
 * It also renders again the stored bodies a newer renderer shows differently: those with a paragraph holding only a
 * video or post address, saved before such a paragraph became an embed card (ADR 0020). {@link EmbedRenderings}
 * finds the few candidates by a pattern of the stored HTML; only a rendering that now has a card, and differs, is
 * written.
 * Page caches start empty with the application that brings the new renderer, so the new cards show at once.
 */
@Component
class BodyBackfill {

    private static final Logger log = LoggerFactory.getLogger(BodyBackfill.class);
    private static final int BATCH = 200;

    private final ArticleRepository repository;
    private final EmbedRenderings embeds;

    BodyBackfill(ArticleRepository repository, EmbedRenderings embeds) {
        this.repository = repository;
        this.embeds = embeds;
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
            long cards = renderEmbedsAgain();
            if (cards > 0) {
                log.info("Rendered again the bodies of {} stories saved before video and post addresses became cards", cards);
            }
        } catch (RuntimeException e) {
            log.warn("Rendering stored story bodies failed; they are rendered when read", e);
        }
    }

    private long renderEmbedsAgain() {
        long changed = 0;
        long after = 0;
        for (var batch = embeds.candidates(after, BATCH); !batch.isEmpty(); batch = embeds.candidates(after, BATCH)) {
            for (var stored : batch) {
                String html = BodyRenderer.render(stored.body());
                if (html.contains(Embeds.PROVIDER) && !html.equals(stored.html())) {
                    embeds.replace(stored, html);
                    changed++;
                }
            }
            after = batch.getLast().id();
        }
        return changed;
    }
}
