package news.dateline.newsroom.web.webhooks;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import news.dateline.newsroom.Desk;
import news.dateline.newsroom.web.Frames;
import news.dateline.webhooks.Endpoint;
import news.dateline.webhooks.EndpointForm;
import news.dateline.webhooks.WebhookEvent;
import news.dateline.webhooks.WebhookException;
import news.dateline.webhooks.Webhooks;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** {@code /newsroom/webhooks}: admins only (the facade refuses anyone else, answered with 403). */
@Controller
class WebhooksController {

    private static final int SHOWN_DELIVERIES = 30;

    private final Webhooks webhooks;
    private final Desk desk;
    private final Frames frames;

    WebhooksController(Webhooks webhooks, Desk desk, Frames frames) {
        this.webhooks = webhooks;
        this.desk = desk;
        this.frames = frames;
    }

    @GetMapping("/newsroom/webhooks")
    String list(HttpServletRequest request, Model model) {
        return show(request, model, null, new EndpointForm("", Set.of(WebhookEvent.STORY_PUBLISHED), true, false), null);
    }

    @GetMapping("/newsroom/webhooks/{id}")
    String endpoint(@PathVariable long id, HttpServletRequest request, Model model) {
        Endpoint endpoint = find(id);
        return show(request, model, endpoint, new EndpointForm(endpoint.url(), endpoint.events(), endpoint.active(),
                endpoint.allowPrivateNetwork()), null);
    }

    @PostMapping("/newsroom/webhooks")
    String register(@RequestParam(defaultValue = "") String url, @RequestParam(required = false) List<String> events,
                    @RequestParam(defaultValue = "false") boolean allowPrivateNetwork, HttpServletRequest request,
                    Model model) {
        EndpointForm form = new EndpointForm(url, events(events), true, allowPrivateNetwork);
        try {
            return "redirect:/newsroom/webhooks/" + webhooks.register(desk.me(), form).id();
        } catch (WebhookException e) {
            return show(request, model, null, form, e);
        }
    }

    @PostMapping("/newsroom/webhooks/{id}")
    String change(@PathVariable long id, @RequestParam(defaultValue = "") String url,
                  @RequestParam(required = false) List<String> events,
                  @RequestParam(defaultValue = "false") boolean active,
                  @RequestParam(defaultValue = "false") boolean allowPrivateNetwork, HttpServletRequest request,
                  Model model) {
        Endpoint endpoint = find(id);
        EndpointForm form = new EndpointForm(url, events(events), active, allowPrivateNetwork);
        try {
            webhooks.change(desk.me(), id, form);
            return "redirect:/newsroom/webhooks/" + id;
        } catch (WebhookException e) {
            return show(request, model, endpoint, form, e);
        }
    }

    @PostMapping("/newsroom/webhooks/{id}/delete")
    String delete(@PathVariable long id) {
        find(id);
        webhooks.delete(desk.me(), id);
        return "redirect:/newsroom/webhooks";
    }

    @PostMapping("/newsroom/webhooks/{id}/deliveries/{delivery}/send-again")
    String sendAgain(@PathVariable long id, @PathVariable long delivery) {
        find(id);
        try {
            webhooks.sendAgain(desk.me(), delivery);
        } catch (WebhookException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
        return "redirect:/newsroom/webhooks/" + id + "#deliveries";
    }

    private Endpoint find(long id) {
        try {
            return webhooks.endpoint(desk.me(), id);
        } catch (WebhookException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    private static Set<WebhookEvent> events(List<String> codes) {
        return codes == null ? Set.of() : codes.stream().flatMap(c -> WebhookEvent.fromCode(c).stream())
                .collect(Collectors.toSet());
    }

    private String show(HttpServletRequest request, Model model, Endpoint editing, EndpointForm form,
                        WebhookException error) {
        List<Endpoint> all = webhooks.endpoints(desk.me());
        model.addAttribute("page", new WebhooksPage(frames.frame("Webhooks", "integrations", request), all, editing,
                new WebhooksPage.Form(form.url(), form.events(), form.active(), form.allowPrivateNetwork()),
                error == null ? null : error.field(), error == null ? null : error.getMessage(),
                editing == null ? List.of() : webhooks.deliveries(desk.me(), editing.id(), SHOWN_DELIVERIES)));
        return "newsroom/webhooks";
    }
}
