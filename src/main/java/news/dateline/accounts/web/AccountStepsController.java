package news.dateline.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import news.dateline.accounts.Account;
import news.dateline.accounts.AccountException;
import news.dateline.accounts.Accounts;
import news.dateline.accounts.PasswordResets;
import news.dateline.accounts.TwoFactor;
import news.dateline.accounts.internal.SecondFactorStep;
import news.dateline.platform.SiteSettings;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The steps around signing in: the two-factor code after the password, and setting a password from a reset link. */
@Controller
class AccountStepsController {

    private final Accounts accounts;
    private final TwoFactor twoFactor;
    private final PasswordResets resets;
    private final SiteSettings settings;

    AccountStepsController(Accounts accounts, TwoFactor twoFactor, PasswordResets resets, SiteSettings settings) {
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.resets = resets;
        this.settings = settings;
    }

    @GetMapping("/newsroom/login/code")
    String codeForm(CsrfToken csrf, Model model) {
        model.addAttribute("page", new SecondFactorPage(settings.name(), null, csrf.getParameterName(), csrf.getToken()));
        return "newsroom/second-factor";
    }

    @PostMapping("/newsroom/login/code")
    String code(@RequestParam(defaultValue = "") String code, HttpServletRequest request, CsrfToken csrf, Model model) {
        Account me = accounts.requireSignedIn();
        HttpSession session = request.getSession(false);
        if (session == null) {
            return "redirect:/newsroom/login";
        }
        return switch (twoFactor.secondStep(me, code)) {
            case ACCEPTED -> {
                SecondFactorStep.completed(session);
                request.changeSessionId();
                yield "redirect:/newsroom";
            }
            case LOCKED -> {
                session.invalidate();
                SecurityContextHolder.clearContext();
                yield "redirect:/newsroom/login?locked";
            }
            case REFUSED -> {
                model.addAttribute("page", new SecondFactorPage(settings.name(),
                        "That code is not right, or was used already. Type the current code.", csrf.getParameterName(), csrf.getToken()));
                yield "newsroom/second-factor";
            }
        };
    }

    @GetMapping(PasswordResets.PATH)
    String resetForm(@RequestParam(required = false) String token, CsrfToken csrf, Model model) {
        Account account = resets.accountFor(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "This reset link is not valid: it has been used or has expired. Ask an admin for a new one."));
        model.addAttribute("page", new ResetPage(settings.name(), token, account.username(), Map.of(), csrf.getParameterName(),
                csrf.getToken()));
        return "newsroom/reset";
    }

    @PostMapping(PasswordResets.PATH)
    String reset(@RequestParam Map<String, String> form, CsrfToken csrf, Model model) {
        String token = form.get("token");
        Account account = resets.accountFor(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "This reset link is not valid: it has been used or has expired. Ask an admin for a new one."));
        try {
            resets.reset(token, form.get("password"), form.get("confirm"));
            return "redirect:/newsroom/login?reset";
        } catch (AccountException e) {
            model.addAttribute("page", new ResetPage(settings.name(), token, account.username(), Map.of(e.field(), e.getMessage()),
                    csrf.getParameterName(), csrf.getToken()));
            return "newsroom/reset";
        }
    }
}
