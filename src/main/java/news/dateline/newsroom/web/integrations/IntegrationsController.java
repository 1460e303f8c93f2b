package news.dateline.newsroom.web.integrations;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.dateline.accounts.Account;
import news.dateline.accounts.Accounts;
import news.dateline.accounts.Role;
import news.dateline.integrations.Integration;
import news.dateline.integrations.IntegrationException;
import news.dateline.integrations.IntegrationKind;
import news.dateline.integrations.Integrations;
import news.dateline.integrations.IssuedIntegration;
import news.dateline.newsroom.web.Frames;
import news.dateline.newsroom.web.Option;
import news.dateline.platform.SiteSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins let integrations in (a Content API key, or an Admin API token acting as a role), change the browser origins
 * a key allows and its request limit, and revoke. A new secret is shown in the answer to the form that made it, never in an address, a
 * session or a log, and never again. Who may do this is checked by {@link Integrations} itself (403 otherwise).
 */
@Controller
class IntegrationsController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final Integrations integrations;
    private final Accounts accounts;
    private final Frames frames;
    private final SiteSettings settings;
    private final int contentLimit;
    private final int adminLimit;

    IntegrationsController(Integrations integrations, Accounts accounts, Frames frames, SiteSettings settings,
                           @Value("${dateline.api.rate-limit.content:600}") int contentLimit,
                           @Value("${dateline.api.rate-limit.admin:300}") int adminLimit) {
        this.integrations = integrations;
        this.accounts = accounts;
        this.frames = frames;
        this.settings = settings;
        this.contentLimit = contentLimit;
        this.adminLimit = adminLimit;
    }

    @GetMapping("/newsroom/integrations")
    String list(@RequestParam(required = false) @Nullable String done, HttpServletRequest request, Model model) {
        model.addAttribute("page", page(accounts.requireSignedIn(), done, null, Map.of(), Map.of(), null, request));
        return "newsroom/integrations";
    }

    @PostMapping("/newsroom/integrations")
    String create(@RequestParam Map<String, String> form, HttpServletRequest request, HttpServletResponse response,
                  Model model) {
        Account me = accounts.requireSignedIn();
        Map<String, String> values = Map.of("name", form.getOrDefault("name", ""),
                "kind", form.getOrDefault("kind", "CONTENT"), "role", form.getOrDefault("role", "EDITOR"),
                "origins", form.getOrDefault("origins", ""));
        try {
            IntegrationKind kind = Arrays.stream(IntegrationKind.values())
                    .filter(k -> k.name().equals(values.get("kind"))).findFirst()
                    .orElseThrow(() -> new IntegrationException("kind", "Choose a key or a token"));
            Role role = kind == IntegrationKind.ADMIN ? role(values.get("role")) : null;
            IssuedIntegration issued = integrations.create(me, values.get("name"), kind, role,
                    kind == IntegrationKind.ADMIN ? "" : values.get("origins"));
            response.setHeader("Cache-Control", "no-store");
            model.addAttribute("page", page(me, null, new IntegrationsPage.Issued(issued.integration().name(),
                    kind.label(), issued.secret()), Map.of(), Map.of(), null, request));
        } catch (IntegrationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("page", page(me, null, null, Map.of(e.field(), e.getMessage()), values, null, request));
        }
        return "newsroom/integrations";
    }

    @PostMapping("/newsroom/integrations/{id}/origins")
    String origins(@PathVariable long id, @RequestParam(defaultValue = "") String origins, HttpServletRequest request,
                   HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Account me = accounts.requireSignedIn();
        try {
            Integration changed = integrations.changeOrigins(me, id, origins);
            redirect.addAttribute("done", "Origins of " + changed.name() + " saved.");
            return "redirect:/newsroom/integrations";
        } catch (IntegrationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("page", page(me, null, null, Map.of(), Map.of(),
                    new RowError(id, "origins", e.getMessage()), request));
            return "newsroom/integrations";
        }
    }

    @PostMapping("/newsroom/integrations/{id}/limit")
    String limit(@PathVariable long id, @RequestParam(defaultValue = "") String requestsPerMinute,
                 HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Account me = accounts.requireSignedIn();
        try {
            Integration changed = integrations.changeRequestLimit(me, id, perMinute(requestsPerMinute));
            redirect.addAttribute("done", "Request limit of " + changed.name() + " saved.");
            return "redirect:/newsroom/integrations";
        } catch (IntegrationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("page", page(me, null, null, Map.of(), Map.of(),
                    new RowError(id, "limit", e.getMessage()), request));
            return "newsroom/integrations";
        }
    }

    @PostMapping("/newsroom/integrations/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        Integration revoked = integrations.revoke(accounts.requireSignedIn(), id);
        redirect.addAttribute("done", revoked.name() + " revoked: its " + revoked.kind().label()
                + " is refused from now on.");
        return "redirect:/newsroom/integrations";
    }

    private record RowError(long id, String field, String message) {

        @Nullable String of(long row, String name) {
            return id == row && field.equals(name) ? message : null;
        }
    }

    /** Blank for the site's default; otherwise a whole number (thousands separators allowed). */
    private static @Nullable Integer perMinute(String typed) {
        String digits = typed.strip().replace(",", "").replace("_", "").replace(" ", "");
        if (digits.isEmpty()) {
            return null;
        }
        if (!digits.matches("\\d{1,9}")) {
            throw new IntegrationException("requestsPerMinute", "Give a whole number of requests per minute, or"
                    + " leave it empty for the site's default");
        }
        return Integer.valueOf(digits);
    }

    private static Role role(@Nullable String typed) {
        try {
            return Role.named(typed);
        } catch (RuntimeException e) {
            throw new IntegrationException("role", "Choose the role this token acts as");
        }
    }

    private IntegrationsPage page(Account me, @Nullable String done, IntegrationsPage.@Nullable Issued issued,
                                  Map<String, String> errors, Map<String, String> values, @Nullable RowError rowError,
                                  HttpServletRequest request) {
        List<IntegrationsPage.Row> rows = integrations.list(me).stream().map(i -> new IntegrationsPage.Row(i.id(),
                i.name(), i.kind().label(), i.kind() == IntegrationKind.CONTENT,
                i.role() == null ? "Read only" : i.role().label(),
                i.origins().isEmpty() ? "None" : String.join(", ", i.origins()), String.join("\n", i.origins()),
                when(i.createdAt()) + " by " + i.createdBy(), i.lastUsedAt() == null ? "Never" : when(i.lastUsedAt()),
                i.live(), i.revokedAt() == null ? "" : when(i.revokedAt()), i.hint(),
                rowError == null ? null : rowError.of(i.id(), "origins"), limitText(i),
                i.requestsPerMinute() == null ? "" : String.valueOf(i.requestsPerMinute()),
                rowError == null ? null : rowError.of(i.id(), "limit"))).toList();
        String kind = values.getOrDefault("kind", "CONTENT");
        String role = values.getOrDefault("role", "EDITOR");
        return new IntegrationsPage(frames.frame("Integrations", "integrations", request), done, issued, rows, errors,
                values,
                Arrays.stream(IntegrationKind.values()).map(k -> new Option(k.name(), k.label(), k.name().equals(kind)))
                        .toList(),
                Arrays.stream(Role.values()).map(r -> new Option(r.name(), r.label(), r.name().equals(role))).toList());
    }

    private String limitText(Integration integration) {
        if (integration.requestsPerMinute() != null) {
            return String.format(Locale.ENGLISH, "%,d a minute", integration.requestsPerMinute());
        }
        int fallback = integration.kind() == IntegrationKind.ADMIN ? adminLimit : contentLimit;
        return String.format(Locale.ENGLISH, "%,d a minute (site default)", fallback);
    }

    private String when(Instant instant) {
        return WHEN.format(instant.atZone(settings.timeZone()));
    }
}
