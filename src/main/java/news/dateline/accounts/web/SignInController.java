package news.dateline.accounts.web;

import java.util.HashMap;
import java.util.Map;
import news.dateline.accounts.AccountException;
import news.dateline.accounts.Accounts;
import news.dateline.accounts.NewAccount;
import news.dateline.accounts.Role;
import news.dateline.accounts.internal.FirstAdminSetup;
import news.dateline.platform.SiteSettings;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The sign-in page and the one-time first-admin setup. */
@Controller
class SignInController {

    private final Accounts accounts;
    private final FirstAdminSetup setup;
    private final SiteSettings settings;

    SignInController(Accounts accounts, FirstAdminSetup setup, SiteSettings settings) {
        this.accounts = accounts;
        this.setup = setup;
        this.settings = settings;
    }

    @GetMapping("/newsroom/login")
    String signIn(@RequestParam Map<String, String> params, CsrfToken csrf, Model model) {
        String message = null;
        boolean error = true;
        if (params.containsKey("error")) {
            message = "That username and password do not match an active account.";
        } else if (params.containsKey("locked")) {
            message = "Too many failed attempts. Sign-in is paused for 15 minutes; ask an admin if you need help sooner.";
        } else if (params.containsKey("signed-out")) {
            message = "You have signed out.";
            error = false;
        } else if (params.containsKey("inactive")) {
            message = "You have been signed out: this account is no longer active.";
        } else if (params.containsKey("reset")) {
            message = "Your new password is set, and every earlier session is signed out. Sign in with it.";
            error = false;
        } else if (params.containsKey("welcome")) {
            message = "Your admin account is ready. Sign in with it.";
            error = false;
        }
        model.addAttribute("page", new SignInPage(settings.name(), message, error, "", csrf.getParameterName(), csrf.getToken()));
        return "newsroom/login";
    }

    @GetMapping("/newsroom/setup")
    String setupForm(@RequestParam(required = false) String token, CsrfToken csrf, Model model) {
        requireToken(token);
        model.addAttribute("page", new SetupPage(settings.name(), token, Map.of(), Map.of(), csrf.getParameterName(), csrf.getToken()));
        return "newsroom/setup";
    }

    @PostMapping("/newsroom/setup")
    String createFirstAdmin(@RequestParam Map<String, String> form, CsrfToken csrf, Model model) {
        String token = form.get("token");
        requireToken(token);
        Map<String, String> errors = new HashMap<>();
        if (!form.getOrDefault("password", "").equals(form.getOrDefault("confirm", ""))) {
            errors.put("confirm", "The two passwords differ");
        } else {
            try {
                accounts.createFirstAdmin(new NewAccount(form.get("username"), form.get("displayName"), form.get("email"),
                        form.get("password"), Role.ADMIN, null));
                setup.spend();
                return "redirect:/newsroom/login?welcome";
            } catch (AccountException e) {
                errors.put(e.field(), e.getMessage());
            }
        }
        Map<String, String> values = Map.of("username", form.getOrDefault("username", ""),
                "displayName", form.getOrDefault("displayName", ""), "email", form.getOrDefault("email", ""));
        model.addAttribute("page", new SetupPage(settings.name(), token, errors, values, csrf.getParameterName(), csrf.getToken()));
        return "newsroom/setup";
    }

    private void requireToken(String token) {
        if (!setup.accepts(token)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "This setup link is not valid or has been used");
        }
    }
}
