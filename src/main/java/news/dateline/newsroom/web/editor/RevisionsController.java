package news.dateline.newsroom.web.editor;

import jakarta.servlet.http.HttpServletRequest;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import news.dateline.articles.Article;
import news.dateline.articles.EditConflictException;
import news.dateline.articles.NewArticle;
import news.dateline.articles.Revision;
import news.dateline.newsroom.Desk;
import news.dateline.newsroom.EditorialRights;
import news.dateline.newsroom.web.Frames;
import news.dateline.platform.SiteSettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A story's history: every save, a readable comparison of any two, and restoring an old one. */
@Controller
class RevisionsController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd MMM yyyy, HH:mm", Locale.ENGLISH);

    private final Desk desk;
    private final Frames frames;
    private final SiteSettings settings;
    private final EditorPages editor;

    RevisionsController(Desk desk, Frames frames, SiteSettings settings, EditorPages editor) {
        this.desk = desk;
        this.frames = frames;
        this.settings = settings;
        this.editor = editor;
    }

    @GetMapping("/newsroom/stories/{id}/revisions")
    String history(@PathVariable long id, @RequestParam(required = false) Integer from,
                   @RequestParam(required = false) Integer to, HttpServletRequest request, Model model) {
        Article story = desk.open(id);
        List<Revision> revisions = desk.revisions(id);
        var rows = revisions.stream().map(r -> new RevisionsPage.RevisionRow(r.number(), r.savedBy(), r.savedAt().toString(),
                WHEN.format(r.savedAt().atZone(settings.timeZone())), r.note(), r.content().headline())).toList();
        DiffView diff = null;
        if (from != null && to != null) {
            NewArticle a = desk.revision(id, from).orElseThrow(() -> new java.util.NoSuchElementException("No revision " + from)).content();
            NewArticle b = desk.revision(id, to).orElseThrow(() -> new java.util.NoSuchElementException("No revision " + to)).content();
            diff = new DiffView(from, to, compare(a, b));
        }
        model.addAttribute("page", new RevisionsPage(frames.frame("History: " + story.headline(), "stories", request),
                id, story.headline(), story.version(), EditorialRights.mayEdit(desk.me(), story), rows, diff));
        return "newsroom/revisions";
    }

    @PostMapping("/newsroom/stories/{id}/revisions/{number}/restore")
    String restore(@PathVariable long id, @PathVariable int number, @RequestParam int version, HttpServletRequest request,
                   jakarta.servlet.http.HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            desk.restore(id, number, version);
        } catch (EditConflictException e) {
            // Someone saved after this history was opened: show both, as a conflicting save does, with the old
            // revision as "your" version to merge from.
            Article theirs = e.current();
            NewArticle restoring = desk.revision(id, number).orElseThrow().content();
            String savedBy = desk.revisions(id).stream().findFirst().map(Revision::savedBy).orElse("someone");
            var conflict = new ConflictView(savedBy, WHEN.format(theirs.modifiedAt().atZone(settings.timeZone())),
                    theirs.headline(), theirs.body().markdown(), restoring.headline(), restoring.body());
            model.addAttribute("page", editor.retry(theirs, EditorPages.Values.of(restoring), java.util.Map.of(), conflict, request));
            response.setStatus(409);
            return "newsroom/editor";
        }
        redirect.addAttribute("done", "Revision " + number + " restored as a new revision.");
        return "redirect:/newsroom/stories/" + id;
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
        if (a.sectionId() != b.sectionId() || !a.bylines().equals(b.bylines()) || !java.util.Objects.equals(a.hero(), b.hero())) {
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
