package news.dateline.demo.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import news.dateline.views.ArticleViews;
import org.springframework.stereotype.Component;

/**
 * Gives each demo story a readership history: its all-time views, of which a share fell in the last
 * seven days, heaviest in the latest hours, so that the most-read lists and analytics have something to
 * show on a new site. Deterministic for a given total.
 */
@Component
class DemoReadership {

    private static final int STEPS = 28;
    private static final Duration STEP = Duration.ofHours(6);

    private final ArticleViews views;
    private final Clock clock;

    DemoReadership(ArticleViews views, Clock clock) {
        this.views = views;
        this.clock = clock;
    }

    /** Records {@code total} views for the story; call inside the demo's transaction. */
    void record(long articleId, long total, Instant published) {
        if (total <= 0) {
            return;
        }
        Instant now = clock.instant();
        long recent = total * 2 / 5;
        double[] weights = new double[STEPS];
        double sum = 0;
        for (int i = 0; i < STEPS; i++) {
            weights[i] = Math.exp(-i / 6.0) * (1 + 0.35 * Math.sin(articleId + i));
            sum += weights[i];
        }
        long given = 0;
        long[] counts = new long[STEPS];
        for (int i = 1; i < STEPS; i++) {
            counts[i] = (long) Math.floor(recent * weights[i] / sum);
            given += counts[i];
        }
        counts[0] = recent - given;
        for (int i = 0; i < STEPS; i++) {
            if (counts[i] > 0) {
                views.importViews(articleId, now.minus(STEP.multipliedBy(i)), counts[i]);
            }
        }
        views.importViews(articleId, published.isAfter(now) ? now : published, total - recent);
    }
}
