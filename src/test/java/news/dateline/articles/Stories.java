package news.dateline.articles;

import java.time.Clock;
import news.dateline.articles.internal.ArticleRepository;
import news.dateline.articles.internal.CorrectionRepository;
import news.dateline.articles.internal.PublishedStoryRepository;
import news.dateline.articles.internal.RedirectRepository;
import news.dateline.articles.internal.RevisionRepository;
import news.dateline.articles.internal.StatusRepository;
import news.dateline.articles.internal.StoryAddresses;
import news.dateline.articles.internal.StorySearch;
import news.dateline.platform.ChangeJournal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Builds the articles facades on a test database, as one application node would have them. */
public final class Stories {

    private Stories() {
    }

    public static ArticleWorkflow workflow(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        return new ArticleWorkflow(new ArticleRepository(jdbc), new StatusRepository(jdbc), new CorrectionRepository(jdbc),
                clock, new ChangeJournal(jdbc, clock, events), events);
    }

    public static Articles articles(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        ArticleRepository repository = new ArticleRepository(jdbc);
        return new Articles(repository, new RevisionRepository(jdbc), new StoryAddresses(repository, new RedirectRepository(jdbc)),
                new StorySearch(jdbc), clock, new ChangeJournal(jdbc, clock, events),
                new news.dateline.platform.SiteSettings(null, null, "en", null, null), events);
    }

    public static PublishedStories published(JdbcClient jdbc, Clock clock) {
        return new PublishedStories(new PublishedStoryRepository(jdbc), new ArticleRepository(jdbc), new RedirectRepository(jdbc),
                clock);
    }
}
