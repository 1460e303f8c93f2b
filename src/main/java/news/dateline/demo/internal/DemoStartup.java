package news.dateline.demo.internal;

import news.dateline.sections.Sections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * On first start with an empty database, loads the demo newspaper ({@code dateline.demo.enabled}, on by
 * default). It runs before the web server opens its port, so the first reader never sees an empty site.
 */
@Component
@ConditionalOnProperty(name = "dateline.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoStartup implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoStartup.class);

    private final Sections sections;
    private final DemoContent content;
    private final DemoAccounts accounts;
    private final news.dateline.media.MediaLibrary media;
    private volatile boolean loaded;

    DemoStartup(Sections sections, DemoContent content, DemoAccounts accounts, news.dateline.media.MediaLibrary media) {
        this.sections = sections;
        this.content = content;
        this.accounts = accounts;
        this.media = media;
    }

    /** Once the site is up, prepares the demo images' common renditions so the first page views are quick. */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void prepareImages() {
        if (loaded) {
            media.recent(100).forEach(media::prepare);
        }
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!sections.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        int stories = content.load();
        accounts.create();
        loaded = true;
        log.info("Loaded the demo newspaper: {} stories in {} ms (turn off with dateline.demo.enabled=false)",
                stories, (System.nanoTime() - started) / 1_000_000);
    }
}
