package news.dateline.feeds;

import java.time.Instant;
import java.util.List;
import news.dateline.accounts.Account;
import news.dateline.accounts.Accounts;
import news.dateline.accounts.Role;
import news.dateline.articles.Article;
import news.dateline.articles.ArticleWorkflow;
import news.dateline.articles.Articles;
import news.dateline.articles.HeroImage;
import news.dateline.articles.NewArticle;
import news.dateline.articles.Staff;
import news.dateline.people.People;
import news.dateline.people.Person;
import news.dateline.sections.Section;
import news.dateline.sections.Sections;
import news.dateline.support.TestAccounts;

/** Files and publishes stories of its own in the shared test application, each with a unique headline. */
public record Newsdesk(Articles articles, ArticleWorkflow workflow, Sections sections, People people, Staff staff) {

    /** A desk whose stories are filed by a new reporter account (so they are not taken for demo stories). */
    public static Newsdesk of(Articles articles, ArticleWorkflow workflow, Sections sections, People people,
                              Accounts accounts) {
        Account account = TestAccounts.create(accounts, Role.REPORTER, null);
        return new Newsdesk(articles, workflow, sections, people, new Staff(account.id(), account.displayName()));
    }

    /**
     * The section the tests file into: their own, so the demo sections' fronts keep the demo stories on their
     * first page for the other tests.
     */
    public Section section() {
        return sections.bySlug("wire-desk").orElseGet(() -> sections.create("Wire desk", "wire-desk", 100));
    }

    /** A second section of the tests' own. */
    public Section otherSection() {
        return sections.bySlug("wire-extra").orElseGet(() -> sections.create("Wire extra", "wire-extra", 101));
    }

    /** A new person, so their feed and page hold only the test's stories. */
    public Person reporter() {
        long n = System.nanoTime();
        return people.create("Reporter " + n, "reporter-" + n, "Covers feeds.", null);
    }

    public Article draft(String label, Section section, Person byline, Long heroImageId) {
        String headline = label + " " + System.nanoTime();
        return articles.file(new NewArticle(headline, null, "Standfirst of " + headline,
                "First paragraph of " + headline + ".\n\nSecond paragraph with a [link](/world).", section.id(),
                List.of(byline.id()), List.of("Test"), heroImageId == null ? null : new HeroImage(heroImageId, null)), staff);
    }

    public Article published(String label, Section section, Person byline) {
        return workflow.publish(draft(label, section, byline, null).id());
    }

    public Article publishedAt(String label, Section section, Person byline, Instant at) {
        return workflow.publishAsOf(draft(label, section, byline, null).id(), at);
    }

    /** A story in the tests' section by a new reporter, published now. */
    public Article published(String label) {
        return published(label, section(), reporter());
    }

    /** The address of a story. */
    public String path(Article story) {
        return sections.byId(story.sectionId()).orElseThrow().path() + "/" + news.dateline.platform.Slug.encode(story.slug());
    }
}
