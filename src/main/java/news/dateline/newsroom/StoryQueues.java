package news.dateline.newsroom;

import java.util.List;
import news.dateline.articles.Article;

/**
 * The desk's queues, as the newsroom home lists them (writers see only their own stories in each).
 *
 * @param myDrafts  the signed-in account's drafts, most recently changed first
 * @param ready     stories ready for edit, most recently changed first
 * @param upcoming  scheduled and embargoed stories, soonest release first
 * @param published recently published stories, newest first
 */
public record StoryQueues(List<Article> myDrafts, List<Article> ready, List<Article> upcoming, List<Article> published) {

    public StoryQueues {
        myDrafts = List.copyOf(myDrafts);
        ready = List.copyOf(ready);
        upcoming = List.copyOf(upcoming);
        published = List.copyOf(published);
    }
}
