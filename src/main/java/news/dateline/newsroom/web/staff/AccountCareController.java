package news.dateline.newsroom.web.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import news.dateline.accounts.Account;
import news.dateline.accounts.Accounts;
import news.dateline.accounts.PasswordResets;
import news.dateline.accounts.SignedInSessions;
import news.dateline.accounts.TwoFactor;
import news.dateline.newsroom.web.Frames;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins look after one account: issue a one-time password reset link (to copy to its owner: there is no mail),
 * lift a sign-in lockout, see and end its sessions, turn off its two-factor sign-in (a lost phone).
 */
@Controller
class AccountCareController {

    private static final String ID = "{id:[0-9]{1,18}}";

    private final Accounts accounts;
    private final PasswordResets resets;
    private final SignedInSessions sessions;
    private final TwoFactor twoFactor;
    private final Frames frames;
    private final SessionRows rows;

    AccountCareController(Accounts accounts, PasswordResets resets, SignedInSessions sessions, TwoFactor twoFactor,
                          Frames frames, SessionRows rows) {
        this.accounts = accounts;
        this.resets = resets;
        this.sessions = sessions;
        this.twoFactor = twoFactor;
        this.frames = frames;
        this.rows = rows;
    }

    @GetMapping("/newsroom/accounts/" + ID)
    String show(@PathVariable long id, @RequestParam(required = false) @Nullable String done, HttpServletRequest request, Model model) {
        model.addAttribute("page", page(id, done, null, request));
        return "newsroom/account-care";
    }

    /** Answers with the page itself (not a redirect), so that the link is shown once and never lands in a URL or log. */
    @PostMapping("/newsroom/accounts/" + ID + "/reset-link")
    String resetLink(@PathVariable long id, HttpServletRequest request, Model model) {
        var link = resets.issue(accounts.requireSignedIn(), id);
        model.addAttribute("page", page(id, "Reset link issued. Copy it to its owner; it works once, until "
                + rows.when(link.expiresAt()) + ". Earlier links for this account no longer work.", link, request));
        return "newsroom/account-care";
    }

    @PostMapping("/newsroom/accounts/" + ID + "/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        accounts.unlock(accounts.requireSignedIn(), id);
        redirect.addAttribute("done", "Sign-in lockout lifted.");
        return "redirect:/newsroom/accounts/" + id;
    }

    @PostMapping("/newsroom/accounts/" + ID + "/sessions/sign-out")
    String signOutEverywhere(@PathVariable long id, RedirectAttributes redirect) {
        sessions.signOutEverywhere(accounts.requireSignedIn(), id);
        redirect.addAttribute("done", "Every session of this account is signed out.");
        return "redirect:/newsroom/accounts/" + id;
    }

    @PostMapping("/newsroom/accounts/" + ID + "/sessions/{handle}/sign-out")
    String signOutOne(@PathVariable long id, @PathVariable String handle, RedirectAttributes redirect) {
        sessions.signOut(accounts.requireSignedIn(), id, handle);
        redirect.addAttribute("done", "That session is signed out.");
        return "redirect:/newsroom/accounts/" + id;
    }

    @PostMapping("/newsroom/accounts/" + ID + "/two-factor/off")
    String twoFactorOff(@PathVariable long id, RedirectAttributes redirect) {
        twoFactor.disable(accounts.requireSignedIn(), id);
        redirect.addAttribute("done", "Two-factor sign-in is off for this account; its owner can turn it on again.");
        return "redirect:/newsroom/accounts/" + id;
    }

    private AccountCarePage page(long id, @Nullable String notice, PasswordResets.@Nullable ResetLink link, HttpServletRequest request) {
        Account me = accounts.requireSignedIn();
        Account target = accounts.manage(me, id);
        HttpSession session = request.getSession(false);
        return new AccountCarePage(frames.frame("Account: " + target.displayName(), "accounts", request),
                new AccountCarePage.Holder(id, target.displayName(), target.username(), target.active()), notice,
                accounts.lockedUntil(target).map(rows::when).orElse(null),
                link == null ? null : new AccountCarePage.ResetLink(link.url(), rows.when(link.expiresAt())),
                rows.rows(sessions.of(me, id, session == null ? null : session.getId())), twoFactor.enabled(target));
    }
}
