package news.dateline.newsroom;

import news.dateline.articles.ArticleException;
import news.dateline.articles.NewArticle;
import news.dateline.media.MediaLibrary;
import news.dateline.people.People;
import news.dateline.sections.Sections;
import org.springframework.stereotype.Component;

/**
 * Checks that the section, bylines and hero image a story names exist, before anything is written: a forged or
 * stale id is an inline form error, not a database constraint failure.
 */
@Component
class StoryReferences {

    private final Sections sections;
    private final People people;
    private final MediaLibrary media;

    StoryReferences(Sections sections, People people, MediaLibrary media) {
        this.sections = sections;
        this.people = people;
        this.media = media;
    }

    void check(NewArticle content) {
        if (sections.byId(content.sectionId()).isEmpty()) {
            throw new ArticleException("section", "Choose a section from the list");
        }
        for (long person : content.bylines()) {
            if (people.byId(person).isEmpty()) {
                throw new ArticleException("bylines", "Choose people from the list");
            }
        }
        if (content.hero() != null && media.find(content.hero().imageId()).isEmpty()) {
            throw new ArticleException("hero", "Choose an image from the library");
        }
    }
}
