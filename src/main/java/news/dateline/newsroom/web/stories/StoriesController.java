package news.dateline.newsroom.web.stories;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The newsroom's story lists: {@code /newsroom} (the desk's queues, or stories found) and {@code /newsroom/search}. */
@Controller
class StoriesController {

    private final StoryLists lists;

    StoriesController(StoryLists lists) {
        this.lists = lists;
    }

    @GetMapping("/newsroom")
    String home(@RequestParam Map<String, String> params, HttpServletRequest request, Model model) {
        model.addAttribute("page", lists.dashboard(StoryFilter.from(params), request));
        return "newsroom/stories";
    }

    /** The newsroom's address with a trailing slash, as people type it. */
    @GetMapping("/newsroom/")
    String homeWithSlash() {
        return "redirect:/newsroom";
    }

    /** Full-text search over every story, in any state. */
    @GetMapping("/newsroom/search")
    String search(@RequestParam Map<String, String> params, HttpServletRequest request, Model model) {
        model.addAttribute("page", lists.search(StoryFilter.from(params), request));
        return "newsroom/search";
    }
}
