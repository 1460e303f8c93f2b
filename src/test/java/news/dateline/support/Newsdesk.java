package news.dateline.support;

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

/**
 * The tests' desk: files and publishes stories through the application's facades (as the newsroom does), in sections
 * and under bylines of the tests' own, so that the demo stories other tests read keep their places on the fronts.
 * {@link SiteTest#newsdesk()} gives one filing as a new reporter account; a test that files as someone else (the search
 * tests file as the first account) builds its own.
 */
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

    /** A draft filed exactly as given (any section, these bylines and tags), by this desk's staff. */
    public Article draft(long sectionId, String headline, String standfirst, String body, List<Long> bylines,
                         List<String> tags) {
        return articles.file(new NewArticle(headline, null, standfirst, body, sectionId, bylines, tags, null), staff);
    }

    /** A story filed as given and published as of {@code at}: an archive's date, or one still to come. */
    public Article publishedAsOf(long sectionId, String headline, String body, List<Long> bylines, Instant at) {
        return workflow.publishAsOf(draft(sectionId, headline, "", body, bylines, List.of()).id(), at);
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

    /** The section the world-scripts tests file under (their many stories never push demo stories off a front). */
    public static final String SCRIPTS_SECTION = "Scripts desk";
    /** The byline of the world-scripts tests' stories. */
    public static final String SCRIPTS_CORRESPONDENT = "Scripts Correspondent";

    public static synchronized Section scriptsSection(Sections sections) {
        return sections.bySlug("scripts-desk").orElseGet(() -> sections.create(SCRIPTS_SECTION, "scripts-desk", 95));
    }

    public static synchronized Person scriptsCorrespondent(People people) {
        return people.bySlug("scripts-correspondent")
                .orElseGet(() -> people.create(SCRIPTS_CORRESPONDENT, "scripts-correspondent", "Files in every script.", null));
    }

    /** The address of a story. */
    public String path(Article story) {
        return sections.byId(story.sectionId()).orElseThrow().path() + "/" + news.dateline.platform.Slug.encode(story.slug());
    }
}
