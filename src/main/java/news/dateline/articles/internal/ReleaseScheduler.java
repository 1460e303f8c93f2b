package news.dateline.articles.internal;

import java.util.List;
import news.dateline.articles.ArticleWorkflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Releases scheduled and embargoed stories: once right after start (catching up on anything due while the
 * application was down) and then every second.
 */
@Component
class ReleaseScheduler {

    private static final Logger log = LoggerFactory.getLogger(ReleaseScheduler.class);

    private final ArticleWorkflow workflow;

    ReleaseScheduler(ArticleWorkflow workflow) {
        this.workflow = workflow;
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUp() {
        release();
    }

    @Scheduled(fixedDelayString = "${dateline.workflow.release-interval:1s}", initialDelayString = "1s")
    void release() {
        try {
            List<Long> released = workflow.releaseDue();
            if (!released.isEmpty()) {
                log.info("Released {} scheduled or embargoed stories: {}", released.size(), released);
            }
        } catch (RuntimeException e) {
            log.error("Releasing due stories failed; will try again", e);
        }
    }
}
