package news.dateline.newsroom.web.desk;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import news.dateline.newsroom.web.Frames;
import news.dateline.newsroom.web.Option;
import news.dateline.people.People;
import news.dateline.people.PersonForm;
import news.dateline.sections.Section;
import news.dateline.sections.SectionForm;
import news.dateline.sections.Sections;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editors manage sections and people (bylines, including guest contributors without an account). The rights and
 * rules are {@link Sections}' and {@link People}'; a refused change comes back as an inline error after the redirect.
 */
@Controller
class DeskController {

    private final Frames frames;
    private final Sections sections;
    private final People people;

    DeskController(Frames frames, Sections sections, People people) {
        this.frames = frames;
        this.sections = sections;
        this.people = people;
    }

    @GetMapping("/newsroom/sections")
    String sections(@RequestParam(required = false) @Nullable String done, @RequestParam(required = false) @Nullable String error,
                    HttpServletRequest request, Model model) {
        var all = sections.forDesk();
        var rows = all.stream().map(s -> new SectionsPage.Row(s.id(), s.name(), s.slug(), s.position(),
                all.stream().filter(p -> Objects.equals(p.id(), s.parentId())).map(Section::name).findFirst().orElse(""),
                parents(all, s))).toList();
        model.addAttribute("page", new SectionsPage(frames.frame("Sections", "sections", request), done, error, rows,
                parents(all, null)));
        return "newsroom/sections";
    }

    @GetMapping("/newsroom/people")
    String people(@RequestParam(required = false) @Nullable String done, @RequestParam(required = false) @Nullable String error,
                  HttpServletRequest request, Model model) {
        var rows = people.forDesk().stream().map(p -> new PeoplePage.Row(p.id(), p.displayName(), p.slug(), p.bio())).toList();
        model.addAttribute("page", new PeoplePage(frames.frame("People", "people", request), done, error, rows));
        return "newsroom/people";
    }

    /** The choices of a parent select: "none", then every top-level section but {@code self}. */
    private static List<Option> parents(List<Section> all, @Nullable Section self) {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", "None (top level)", self == null || self.parentId() == null));
        all.stream().filter(Section::isTopLevel).filter(s -> self == null || s.id() != self.id())
                .forEach(s -> options.add(new Option(Long.toString(s.id()), s.name(),
                        self != null && Objects.equals(self.parentId(), s.id()))));
        return options;
    }

    @PostMapping("/newsroom/sections")
    String addSection(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String slug,
                      @RequestParam(defaultValue = "100") String position, @RequestParam(defaultValue = "") String parent,
                      RedirectAttributes redirect) {
        return outcome(redirect, "/newsroom/sections", () -> sections.add(new SectionForm(name, slug, position, parent)),
                "Section added.");
    }

    @PostMapping("/newsroom/sections/{id}")
    String updateSection(@PathVariable long id, @RequestParam(defaultValue = "") String name,
                         @RequestParam(defaultValue = "100") String position, @RequestParam(defaultValue = "") String parent,
                         RedirectAttributes redirect) {
        return outcome(redirect, "/newsroom/sections",
                () -> sections.change(id, new SectionForm(name, "", position, parent)), "Section saved.");
    }

    @PostMapping("/newsroom/people")
    String addPerson(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String slug,
                     @RequestParam(defaultValue = "") String bio, RedirectAttributes redirect) {
        return outcome(redirect, "/newsroom/people", () -> people.add(new PersonForm(name, slug, bio)), "Person added.");
    }

    @PostMapping("/newsroom/people/{id}")
    String updatePerson(@PathVariable long id, @RequestParam(defaultValue = "") String name,
                        @RequestParam(defaultValue = "") String bio, RedirectAttributes redirect) {
        return outcome(redirect, "/newsroom/people", () -> people.change(id, new PersonForm(name, "", bio)), "Saved.");
    }

    private static String outcome(RedirectAttributes redirect, String back, Supplier<?> change, String done) {
        try {
            change.get();
            redirect.addAttribute("done", done);
        } catch (IllegalArgumentException e) {
            redirect.addAttribute("error", e.getMessage());
        }
        return "redirect:" + back;
    }
}
