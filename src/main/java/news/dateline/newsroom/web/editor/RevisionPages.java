package news.dateline.newsroom.web.editor;

import jakarta.servlet.http.HttpServletRequest;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import news.dateline.articles.Article;
import news.dateline.articles.NewArticle;
import news.dateline.newsroom.Desk;
import news.dateline.newsroom.EditorialRights;
import news.dateline.newsroom.web.Frames;
import news.dateline.platform.SiteSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Builds a story's history page, with a readable comparison of two revisions when both are chosen. */
@Component
class RevisionPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd MMM yyyy, HH:mm", Locale.ENGLISH);

    private final Desk desk;
    private final Frames frames;
    private final SiteSettings settings;
    private final EditorPages editor;

    RevisionPages(Desk desk, Frames frames, SiteSettings settings, EditorPages editor) {
        this.desk = desk;
        this.frames = frames;
        this.settings = settings;
        this.editor = editor;
    }

    RevisionsPage history(long id, @Nullable Integer from, @Nullable Integer to, HttpServletRequest request) {
        Article story = desk.open(id);
        var rows = desk.revisions(id).stream().map(r -> new RevisionsPage.RevisionRow(r.number(), r.savedBy(),
                r.savedAt().toString(), WHEN.format(r.savedAt().atZone(settings.timeZone())), r.note(),
                r.content().headline())).toList();
        DiffView diff = from != null && to != null ? new DiffView(from, to, compare(revision(id, from), revision(id, to))) : null;
        return new RevisionsPage(frames.frame("History: " + story.headline(), "stories", request), id, story.headline(),
                story.version(), EditorialRights.mayEdit(desk.me(), story), rows, diff);
    }

    /**
     * Someone saved after this history was opened: both versions, as a conflicting save shows them, with the old
     * revision as "your" version to merge from.
     */
    EditorPage restoreConflict(long id, int number, Article theirs, HttpServletRequest request) {
        return editor.conflict(theirs, EditorPages.Values.of(revision(id, number)), request);
    }

    private NewArticle revision(long id, int number) {
        return desk.revision(id, number).orElseThrow(() -> new NoSuchElementException("No revision " + number)).content();
    }

    private static List<DiffView.FieldDiff> compare(NewArticle a, NewArticle b) {
        List<DiffView.FieldDiff> fields = new ArrayList<>();
        add(fields, "Headline", a.headline(), b.headline());
        add(fields, "Standfirst", a.standfirst(), b.standfirst());
        add(fields, "Address", a.slug(), b.slug());
        add(fields, "Body", a.body(), b.body());
        add(fields, "Tags", String.join(", ", a.tags()), String.join(", ", b.tags()));
        add(fields, "SEO title", a.seoTitle(), b.seoTitle());
        add(fields, "SEO description", a.seoDescription(), b.seoDescription());
        if (a.sectionId() != b.sectionId() || !a.bylines().equals(b.bylines()) || !Objects.equals(a.hero(), b.hero())) {
            fields.add(new DiffView.FieldDiff("Section, bylines or image", List.of(new DiffView.Run("ins", "changed"))));
        }
        return fields;
    }

    private static void add(List<DiffView.FieldDiff> fields, String name, String before, String after) {
        var runs = WordDiff.between(before, after);
        if (WordDiff.changed(runs)) {
            fields.add(new DiffView.FieldDiff(name, runs));
        }
    }
}
