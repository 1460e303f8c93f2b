package news.dateline.newsroom.web.editor;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.dateline.accounts.Account;
import news.dateline.articles.Article;
import news.dateline.articles.ArticleStatus;
import news.dateline.articles.ArticleWorkflow;
import news.dateline.articles.CorrectionKind;
import news.dateline.articles.NewArticle;
import news.dateline.articles.Revision;
import news.dateline.media.MediaLibrary;
import news.dateline.newsroom.Desk;
import news.dateline.newsroom.EditorialRights;
import news.dateline.newsroom.web.Frames;
import news.dateline.newsroom.web.Option;
import news.dateline.people.People;
import news.dateline.platform.Language;
import news.dateline.platform.SiteSettings;
import news.dateline.sections.Section;
import news.dateline.sections.Sections;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Builds the editor page for a new or existing story, optionally with what was typed and its errors. */
@Component
class EditorPages {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("dd MMM yyyy, HH:mm", Locale.ENGLISH);

    private final Desk desk;
    private final Frames frames;
    private final Sections sections;
    private final People people;
    private final MediaLibrary media;
    private final ArticleWorkflow workflow;
    private final SiteSettings settings;

    EditorPages(Desk desk, Frames frames, Sections sections, People people, MediaLibrary media, ArticleWorkflow workflow,
                SiteSettings settings) {
        this.desk = desk;
        this.frames = frames;
        this.sections = sections;
        this.people = people;
        this.media = media;
        this.workflow = workflow;
        this.settings = settings;
    }

    /** A blank story, with the signed-in writer's own byline when they have one. */
    EditorPage blank(HttpServletRequest request) {
        Account me = desk.me();
        List<Section> all = sections.all();
        var content = new Values("", "", "", "", all.isEmpty() ? 0 : all.get(0).id(),
                me.personId() == null ? List.of() : List.of(me.personId()), "", null, "", "", "", "", settings.language());
        return page(null, content, Map.of(), null, null, request);
    }

    EditorPage of(Article story, @Nullable String notice, HttpServletRequest request) {
        return page(story, Values.of(story.content()), Map.of(), notice, null, request);
    }

    /** The form again with what was typed (never lost) and the errors to correct. */
    EditorPage retry(@Nullable Article story, Values typed, Map<String, String> errors, HttpServletRequest request) {
        return page(story, typed, errors, null, null, request);
    }

    /**
     * Someone saved {@code theirs} while this editor worked on {@code yours}: the form holds their saved version
     * with yours beside it to merge from.
     */
    EditorPage conflict(Article theirs, Values yours, HttpServletRequest request) {
        String savedBy = desk.revisions(theirs.id()).stream().findFirst().map(Revision::savedBy).orElse("someone");
        var conflict = new ConflictView(savedBy, SAVED_AT.format(theirs.modifiedAt().atZone(settings.timeZone())),
                theirs.headline(), theirs.body().markdown(), yours.headline(), yours.body());
        return page(theirs, yours, Map.of(), null, conflict, request);
    }

    private EditorPage page(@Nullable Article story, Values v, Map<String, String> errors, @Nullable String notice,
                            @Nullable ConflictView conflict, HttpServletRequest request) {
        Account me = desk.me();
        var sectionOptions = sections.all().stream()
                .map(s -> new Option(String.valueOf(s.id()), s.name(), s.id() == v.sectionId())).toList();
        var everyone = people.all();
        List<List<Option>> slots = new ArrayList<>();
        for (int i = 0; i < StoryForm.MAX_BYLINES; i++) {
            Long chosen = i < v.bylines().size() ? v.bylines().get(i) : null;
            List<Option> slot = new ArrayList<>();
            slot.add(new Option("", i == 0 ? "Choose a person" : "No further byline", chosen == null));
            everyone.forEach(p -> slot.add(new Option(String.valueOf(p.id()), p.displayName(), Long.valueOf(p.id()).equals(chosen))));
            slots.add(slot);
        }
        var images = media.recent(60).stream().map(img -> new ImageChoice(String.valueOf(img.id()), img.url(img.widthFor(160)),
                (img.caption().isEmpty() ? img.altText() : img.caption()) + (img.credit().isEmpty() ? "" : " (" + img.credit().display() + ")"),
                v.heroImageId() != null && v.heroImageId() == img.id(),
                "![" + img.altText().replace("]", "") + "](" + img.url(img.widthFor(1024)) + ")")).toList();
        boolean existing = story != null;
        ArticleStatus status = existing ? story.status() : ArticleStatus.DRAFT;
        boolean isPublic = existing && status == ArticleStatus.PUBLISHED;
        String publicUrl = isPublic ? sections.byId(story.sectionId()).map(s -> s.path() + "/" + news.dateline.platform.Slug.encode(story.slug())).orElse(null) : null;
        String release = existing && story.releaseAt() != null ? LOCAL.format(story.releaseAt().atZone(settings.timeZone())) : v.releaseAt();
        var corrections = existing ? workflow.corrections(story.id()).stream()
                .map(c -> c.kind().label() + " (" + c.createdBy() + "): " + c.text()).toList() : List.<String>of();
        var kinds = Arrays.stream(CorrectionKind.values()).map(k -> new Option(k.name(), k.label(), false)).toList();
        String slugHint = existing && story.firstPublishedAt() != null
                ? "Published stories keep their old address answering with a redirect if you change this."
                : "Leave empty to make one from the headline.";
        var about = new EditorPage.Story(existing ? story.id() : null, existing ? story.version() : 0,
                status.name().toLowerCase(), status.label(), isPublic, publicUrl, corrections);
        var fields = new EditorPage.Fields(v.headline(), v.standfirst(), v.body(), v.slug(), slugHint, v.tags(),
                v.heroCaption(), v.seoTitle(), v.seoDescription(), release == null ? "" : release, settings.timeZone().getId());
        var choices = new EditorPage.Choices(sectionOptions, slots, images, kinds, languages(v.language()));
        var rights = new EditorPage.Rights(!existing || EditorialRights.mayEdit(me, story),
                existing && EditorialRights.maySubmit(me, story), EditorialRights.mayRunWorkflow(me));
        return new EditorPage(frames.frame(existing ? v.headline() : "New story", existing ? "stories" : "new", request),
                about, fields, choices, rights, new EditorPage.Feedback(notice, errors, conflict));
    }

    private List<Option> languages(String chosen) {
        String tag = chosen == null || chosen.isBlank() ? settings.language() : chosen;
        var known = Language.known(settings.language());
        boolean listed = known.stream().anyMatch(l -> l.tag().equalsIgnoreCase(tag));
        return known.stream().map(l -> new Option(l.tag(), l.name(), listed ? l.tag().equalsIgnoreCase(tag)
                : l.tag().equals(settings.language()))).toList();
    }

    /** The editable values as shown in the form. */
    record Values(String headline, String standfirst, String body, String slug, long sectionId, List<Long> bylines,
                  String tags, @Nullable Long heroImageId, String heroCaption, String seoTitle, String seoDescription,
                  String releaseAt, String language) {

        Values(String headline, String standfirst, String body, String slug, long sectionId, List<Long> bylines,
               String tags, Long heroImageId, String heroCaption, String seoTitle, String seoDescription) {
            this(headline, standfirst, body, slug, sectionId, bylines, tags, heroImageId, heroCaption, seoTitle, seoDescription, "", "");
        }

        static Values of(NewArticle c) {
            return new Values(c.headline(), c.standfirst(), c.body(), c.slug(), c.sectionId(), c.bylines(),
                    String.join(", ", c.tags()), c.hero() == null ? null : c.hero().imageId(),
                    c.hero() == null || c.hero().caption() == null ? "" : c.hero().caption(), c.seoTitle(), c.seoDescription(), "",
                    c.language());
        }

        static Values typed(org.springframework.util.MultiValueMap<String, String> form) {
            List<Long> bylines = form.getOrDefault("byline", List.of()).stream().filter(s -> s != null && s.matches("[0-9]{1,18}"))
                    .map(Long::valueOf).toList();
            String section = StoryForm.text(form, "section");
            String hero = StoryForm.text(form, "hero");
            return new Values(StoryForm.text(form, "headline"), StoryForm.text(form, "standfirst"), StoryForm.text(form, "body"),
                    StoryForm.text(form, "slug"), section.matches("[0-9]{1,18}") ? Long.parseLong(section) : 0, bylines,
                    StoryForm.text(form, "tags"), hero.matches("[0-9]{1,18}") ? Long.valueOf(hero) : null,
                    StoryForm.text(form, "heroCaption"), StoryForm.text(form, "seoTitle"),
                    StoryForm.text(form, "seoDescription"), StoryForm.text(form, "releaseAt"), StoryForm.text(form, "language"));
        }
    }

}
