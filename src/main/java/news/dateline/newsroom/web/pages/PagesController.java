package news.dateline.newsroom.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import news.dateline.newsroom.web.Frames;
import news.dateline.newsroom.web.Option;
import news.dateline.pages.StaticPage;
import news.dateline.pages.StaticPageForm;
import news.dateline.pages.StaticPages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editors and admins manage static pages ("About us"). The rights and rules are {@link StaticPages}'; a refused save
 * shows the editor again with what was typed and the reason.
 */
@Controller
class PagesController {

    private final Frames frames;
    private final StaticPages pages;

    PagesController(Frames frames, StaticPages pages) {
        this.frames = frames;
        this.pages = pages;
    }

    @GetMapping("/newsroom/pages")
    String list(@RequestParam(required = false) @Nullable String done, @RequestParam(required = false) @Nullable String error,
                HttpServletRequest request, Model model) {
        var all = pages.forDesk();
        var rows = all.stream().map(p -> new PagesPage.Row(p.id(), p.title(), pathOf(p, all), p.published(),
                !p.isTopLevel(), p.shownInFooter(), p.menuOrder())).toList();
        model.addAttribute("page", new PagesPage(frames.frame("Pages", "pages", request), done, error, rows));
        return "newsroom/pages";
    }

    @GetMapping("/newsroom/pages/new")
    String blank(HttpServletRequest request, Model model) {
        var fields = new PageEditorPage.Fields("", "", "0", "", "", true);
        return editor(request, model, null, null, null, -1, fields, false, null, "");
    }

    @GetMapping("/newsroom/pages/{id}")
    String open(@PathVariable long id, @RequestParam(required = false) @Nullable String done, HttpServletRequest request,
                Model model) {
        StaticPage page = pages.forEditing(id);
        return show(request, model, done, null, page);
    }

    @PostMapping("/newsroom/pages")
    String create(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String slug,
                  @RequestParam(defaultValue = "") String parent, @RequestParam(defaultValue = "0") String menuOrder,
                  @RequestParam(defaultValue = "") String body, @RequestParam(defaultValue = "") String seoDescription,
                  @RequestParam(defaultValue = "false") boolean shownInFooter, HttpServletRequest request, Model model,
                  RedirectAttributes redirect) {
        var fields = new PageEditorPage.Fields(title, slug, menuOrder, body, seoDescription, shownInFooter);
        try {
            StaticPage created = pages.add(form(fields, parent));
            redirect.addAttribute("done", "Page saved as a draft.");
            return "redirect:/newsroom/pages/" + created.id();
        } catch (IllegalArgumentException e) {
            return editor(request, model, null, e.getMessage(), null, -1, fields, false, null, parent);
        }
    }

    @PostMapping("/newsroom/pages/{id}")
    String save(@PathVariable long id, @RequestParam(defaultValue = "save") String action,
                @RequestParam(defaultValue = "-1") long version, @RequestParam(defaultValue = "") String title,
                @RequestParam(defaultValue = "") String slug, @RequestParam(defaultValue = "") String parent,
                @RequestParam(defaultValue = "0") String menuOrder, @RequestParam(defaultValue = "") String body,
                @RequestParam(defaultValue = "") String seoDescription,
                @RequestParam(defaultValue = "false") boolean shownInFooter, HttpServletRequest request, Model model,
                RedirectAttributes redirect) {
        var fields = new PageEditorPage.Fields(title, slug, menuOrder, body, seoDescription, shownInFooter);
        try {
            String done = switch (action) {
                case "delete" -> {
                    pages.delete(id);
                    yield null;
                }
                case "publish" -> {
                    StaticPage saved = pages.change(id, version, form(fields, parent));
                    pages.publish(saved.id());
                    yield "Page published.";
                }
                case "unpublish" -> {
                    pages.unpublish(id);
                    yield "Page taken off the site; it is a draft again.";
                }
                default -> {
                    pages.change(id, version, form(fields, parent));
                    yield "Page saved.";
                }
            };
            if (done == null) {
                redirect.addAttribute("done", "Page deleted.");
                return "redirect:/newsroom/pages";
            }
            redirect.addAttribute("done", done);
            return "redirect:/newsroom/pages/" + id;
        } catch (IllegalArgumentException e) {
            StaticPage current = pages.forEditing(id);
            return editor(request, model, null, e.getMessage(), id, version, fields, current.published(),
                    current.published() ? pages.path(current) : null, parent);
        }
    }

    private String show(HttpServletRequest request, Model model, @Nullable String notice, @Nullable String error,
                        StaticPage page) {
        var fields = new PageEditorPage.Fields(page.title(), page.slug(), Integer.toString(page.menuOrder()), page.body(),
                page.seoDescription(), page.shownInFooter());
        return editor(request, model, notice, error, page.id(), page.version(), fields, page.published(),
                page.published() ? pages.path(page) : null, page.parentId() == null ? "" : page.parentId().toString());
    }

    private String editor(HttpServletRequest request, Model model, @Nullable String notice, @Nullable String error,
                          @Nullable Long id, long version, PageEditorPage.Fields fields, boolean published,
                          @Nullable String publicUrl, String parent) {
        List<Option> parents = new ArrayList<>();
        parents.add(new Option("", "None (a top-level page)", parent.isBlank()));
        pages.forDesk().stream().filter(StaticPage::isTopLevel).filter(p -> !Objects.equals(p.id(), id))
                .forEach(p -> parents.add(new Option(Long.toString(p.id()), p.title(), parent.equals(Long.toString(p.id())))));
        String title = id == null ? "New page" : fields.title().isBlank() ? "Page" : fields.title();
        model.addAttribute("page", new PageEditorPage(frames.frame(title, "pages", request), notice, error, id, version,
                fields, published, publicUrl, parents));
        return "newsroom/page-editor";
    }

    private static StaticPageForm form(PageEditorPage.Fields fields, String parent) {
        return new StaticPageForm(fields.title(), fields.slug(), StaticPageForm.parent(parent),
                StaticPageForm.order(fields.menuOrder()), fields.body(), fields.seoDescription(), fields.shownInFooter());
    }

    private String pathOf(StaticPage page, List<StaticPage> all) {
        return all.stream().filter(p -> Objects.equals(p.id(), page.parentId())).findFirst()
                .map(parent -> pages.path(parent, page)).orElseGet(() -> pages.path(page));
    }
}
