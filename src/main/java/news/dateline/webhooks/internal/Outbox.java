package news.dateline.webhooks.internal;

import java.time.Clock;
import news.dateline.articles.ArticleCorrected;
import news.dateline.articles.ArticleKilled;
import news.dateline.articles.ArticlePublished;
import news.dateline.articles.ArticleScheduled;
import news.dateline.articles.ArticleUnpublished;
import news.dateline.articles.ArticleUpdated;
import news.dateline.articles.StoryEvent;
import news.dateline.platform.ContentChanged;
import news.dateline.webhooks.Endpoint;
import news.dateline.webhooks.WebhookEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes deliveries inside the transaction that changes the content (the events are published synchronously within
 * it): a rolled-back change queues nothing, a committed one is never lost. One row per subscribed active endpoint;
 * an event already waiting, unsent, for the same story and endpoint is not queued twice (autosaves).
 */
@Component
class Outbox {

    private final Subscribers subscribers;
    private final DeliveryRepository deliveries;
    private final Clock clock;

    Outbox(Subscribers subscribers, DeliveryRepository deliveries, Clock clock) {
        this.subscribers = subscribers;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @EventListener
    void on(StoryEvent event) {
        queue(switch (event) {
            case ArticlePublished e -> WebhookEvent.STORY_PUBLISHED;
            case ArticleUpdated e -> WebhookEvent.STORY_UPDATED;
            case ArticleCorrected e -> WebhookEvent.STORY_CORRECTED;
            case ArticleUnpublished e -> WebhookEvent.STORY_UNPUBLISHED;
            case ArticleKilled e -> WebhookEvent.STORY_KILLED;
            case ArticleScheduled e -> WebhookEvent.STORY_SCHEDULED;
        }, event.articleId());
    }

    @EventListener
    void on(ContentChanged change) {
        queue(switch (change.kind()) {
            case IMAGE -> WebhookEvent.IMAGE_UPDATED;
            case SECTION -> WebhookEvent.SECTION_CHANGED;
            case PERSON -> WebhookEvent.PERSON_CHANGED;
            default -> null;
        }, change.entityId());
    }

    private void queue(@Nullable WebhookEvent event, long entityId) {
        if (event == null) {
            return;
        }
        for (Endpoint endpoint : subscribers.hearing(event)) {
            deliveries.enqueue(endpoint.id(), event, entityId, clock.instant());
        }
    }
}
