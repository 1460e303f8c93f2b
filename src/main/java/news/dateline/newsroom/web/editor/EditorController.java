package news.dateline.newsroom.web.editor;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import news.dateline.articles.Article;
import news.dateline.articles.ArticleException;
import news.dateline.articles.CorrectionKind;
import news.dateline.articles.EditConflictException;
import news.dateline.newsroom.Desk;
import news.dateline.newsroom.EditorialRights;
import news.dateline.newsroom.StoryAction;
import news.dateline.platform.SiteSettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The story editor: write, save, run the workflow, append corrections. */
@Controller
class EditorController {

    private final Desk desk;
    private final EditorPages pages;
    private final SiteSettings settings;

    EditorController(Desk desk, EditorPages pages, SiteSettings settings) {
        this.desk = desk;
        this.pages = pages;
        this.settings = settings;
    }

    @GetMapping("/newsroom/stories/new")
    String blank(HttpServletRequest request, Model model) {
        model.addAttribute("page", pages.blank(request));
        return "newsroom/editor";
    }

    @PostMapping("/newsroom/stories")
    String file(@RequestParam MultiValueMap<String, String> form, HttpServletRequest request, Model model) {
        try {
            Article story = desk.file(StoryForm.content(form));
            return "redirect:/newsroom/stories/" + story.id() + "?filed";
        } catch (ArticleException e) {
            model.addAttribute("page", pages.retry(null, EditorPages.Values.typed(form), Map.of(e.field(), e.getMessage()), request));
            return "newsroom/editor";
        }
    }

    @GetMapping("/newsroom/stories/{id}")
    String open(@PathVariable long id, @RequestParam Map<String, String> params, HttpServletRequest request, Model model) {
        String notice = params.containsKey("filed") ? "Story filed. It saves as you type."
                : params.containsKey("done") ? params.getOrDefault("done", "Done.") : null;
        model.addAttribute("page", pages.of(desk.open(id), notice, request));
        return "newsroom/editor";
    }

    @PostMapping("/newsroom/stories/{id}")
    String save(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
                Model model, RedirectAttributes redirect) {
        Article story = desk.open(id);
        StoryAction action = StoryAction.parse(form.getFirst("action"));
        try {
            if (action == null) {
                desk.save(id, StoryForm.version(form), StoryForm.content(form), form.containsKey("minor"));
            } else {
                boolean edits = EditorialRights.mayEdit(desk.me(), story);
                desk.saveAndAct(id, edits ? StoryForm.version(form) : story.version(), edits ? StoryForm.content(form) : null,
                        form.containsKey("minor"), action, StoryForm.releaseAt(form.getFirst("releaseAt"), settings.timeZone()));
            }
            redirect.addAttribute("done", action == null ? "Saved." : doneMessage(action));
            return "redirect:/newsroom/stories/" + id;
        } catch (EditConflictException e) {
            model.addAttribute("page", pages.conflict(e.current(), EditorPages.Values.typed(form), request));
            return "newsroom/editor";
        } catch (ArticleException e) {
            model.addAttribute("page", pages.retry(desk.open(id), EditorPages.Values.typed(form), Map.of(e.field(), e.getMessage()), request));
            return "newsroom/editor";
        }
    }

    @PostMapping("/newsroom/stories/{id}/corrections")
    String correct(@PathVariable long id, @RequestParam(required = false) String kind, @RequestParam(required = false) String text,
                   RedirectAttributes redirect) {
        CorrectionKind chosen;
        try {
            chosen = CorrectionKind.valueOf(kind == null ? "" : kind);
        } catch (IllegalArgumentException e) {
            throw new ArticleException("correction", "Choose correction, clarification or update");
        }
        desk.correct(id, chosen, text);
        redirect.addAttribute("done", chosen.label() + " added to the published story.");
        return "redirect:/newsroom/stories/" + id;
    }

    static String doneMessage(StoryAction action) {
        return switch (action) {
            case SUBMIT -> "Submitted for editing.";
            case RETURN -> "Sent back to draft.";
            case PUBLISH -> "Published.";
            case SCHEDULE -> "Scheduled.";
            case EMBARGO -> "Embargoed.";
            case UNPUBLISH -> "Unpublished.";
            case KILL -> "Killed.";
        };
    }

}
