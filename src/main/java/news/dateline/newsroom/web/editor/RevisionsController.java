package news.dateline.newsroom.web.editor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import news.dateline.articles.EditConflictException;
import news.dateline.newsroom.Desk;
import org.jspecify.annotations.Nullable;
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

    private final Desk desk;
    private final RevisionPages pages;

    RevisionsController(Desk desk, RevisionPages pages) {
        this.desk = desk;
        this.pages = pages;
    }

    @GetMapping("/newsroom/stories/{id}/revisions")
    String history(@PathVariable long id, @RequestParam(required = false) @Nullable Integer from,
                   @RequestParam(required = false) @Nullable Integer to, HttpServletRequest request, Model model) {
        model.addAttribute("page", pages.history(id, from, to, request));
        return "newsroom/revisions";
    }

    @PostMapping("/newsroom/stories/{id}/revisions/{number}/restore")
    String restore(@PathVariable long id, @PathVariable int number, @RequestParam int version, HttpServletRequest request,
                   HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            desk.restore(id, number, version);
        } catch (EditConflictException e) {
            model.addAttribute("page", pages.restoreConflict(id, number, e.current(), request));
            response.setStatus(409);
            return "newsroom/editor";
        }
        redirect.addAttribute("done", "Revision " + number + " restored as a new revision.");
        return "redirect:/newsroom/stories/" + id;
    }
}
