package news.dateline.newsroom.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import news.dateline.accounts.NotPermittedException;
import news.dateline.newsroom.Desk;
import news.dateline.people.People;
import news.dateline.sections.Sections;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editors manage sections and people (bylines, including guest contributors without an account). */
@Controller
class DeskController {

    private final Desk desk;
    private final Frames frames;
    private final Sections sections;
    private final People people;

    DeskController(Desk desk, Frames frames, Sections sections, People people) {
        this.desk = desk;
        this.frames = frames;
        this.sections = sections;
        this.people = people;
    }

    @GetMapping({"/newsroom/sections", "/newsroom/people"})
    String desk(@RequestParam Map<String, String> params, HttpServletRequest request, Model model) {
        requireDeskRights();
        boolean peopleTab = request.getRequestURI().endsWith("/people");
        var sectionRows = sections.all().stream().map(s -> new DeskPage.SectionRow(s.id(), s.name(), s.slug(), s.position())).toList();
        var personRows = people.all().stream().map(p -> new DeskPage.PersonRow(p.id(), p.displayName(), p.slug(), p.bio())).toList();
        model.addAttribute("page", new DeskPage(frames.frame(peopleTab ? "People" : "Sections", peopleTab ? "people" : "sections", request),
                params.get("done"), params.get("error"), sectionRows, personRows));
        return peopleTab ? "newsroom/people" : "newsroom/sections";
    }

    @PostMapping("/newsroom/sections")
    String addSection(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String slug,
                      @RequestParam(defaultValue = "100") String position, RedirectAttributes redirect) {
        requireDeskRights();
        return outcome(redirect, "/newsroom/sections", () -> sections.create(name, slug, position(position)), "Section added.");
    }

    @PostMapping("/newsroom/sections/{id}")
    String updateSection(@PathVariable long id, @RequestParam(defaultValue = "") String name,
                         @RequestParam(defaultValue = "100") String position, RedirectAttributes redirect) {
        requireDeskRights();
        return outcome(redirect, "/newsroom/sections", () -> sections.update(id, name, position(position)), "Section saved.");
    }

    @PostMapping("/newsroom/people")
    String addPerson(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String slug,
                     @RequestParam(defaultValue = "") String bio, RedirectAttributes redirect) {
        requireDeskRights();
        return outcome(redirect, "/newsroom/people", () -> people.create(name, slug, bio, null), "Person added.");
    }

    @PostMapping("/newsroom/people/{id}")
    String updatePerson(@PathVariable long id, @RequestParam(defaultValue = "") String name,
                        @RequestParam(defaultValue = "") String bio, RedirectAttributes redirect) {
        requireDeskRights();
        Long photo = people.byId(id).map(p -> p.photoImageId()).orElse(null);
        return outcome(redirect, "/newsroom/people", () -> people.update(id, name, bio, photo), "Saved.");
    }

    private String outcome(RedirectAttributes redirect, String back, Runnable change, String done) {
        try {
            change.run();
            redirect.addAttribute("done", done);
        } catch (IllegalArgumentException e) {
            redirect.addAttribute("error", e.getMessage());
        }
        return "redirect:" + back;
    }

    private static int position(String value) {
        if (!value.strip().matches("-?[0-9]{1,6}")) {
            throw new IllegalArgumentException("The position is a whole number (lower comes first)");
        }
        return Integer.parseInt(value.strip());
    }

    private void requireDeskRights() {
        if (!desk.me().role().mayManageDesk()) {
            throw new NotPermittedException("Only editors manage sections and people");
        }
    }
}
