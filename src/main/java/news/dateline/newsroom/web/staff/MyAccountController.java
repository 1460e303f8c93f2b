package news.dateline.newsroom.web.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import news.dateline.accounts.Account;
import news.dateline.accounts.AccountException;
import news.dateline.accounts.Accounts;
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

/** Everyone's own account: change password, see and end open sessions, turn two-factor sign-in on or off. */
@Controller
class MyAccountController {

    private final Accounts accounts;
    private final SignedInSessions sessions;
    private final TwoFactor twoFactor;
    private final Frames frames;
    private final SessionRows rows;

    MyAccountController(Accounts accounts, SignedInSessions sessions, TwoFactor twoFactor, Frames frames,
                        SessionRows rows) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.twoFactor = twoFactor;
        this.frames = frames;
        this.rows = rows;
    }

    @GetMapping("/newsroom/account")
    String show(@RequestParam(required = false) @Nullable String done, HttpServletRequest request, Model model) {
        model.addAttribute("page", page(done, Map.of(), List.of(), request));
        return "newsroom/account";
    }

    @PostMapping("/newsroom/account/password")
    String changePassword(@RequestParam Map<String, String> form, HttpServletRequest request, Model model,
                          RedirectAttributes redirect) {
        try {
            accounts.changeOwnPassword(accounts.requireSignedIn(), form.get("current"), form.get("password"), form.get("confirm"),
                    request.getSession().getId());
        } catch (AccountException e) {
            model.addAttribute("page", page(null, Map.of(e.field(), e.getMessage()), List.of(), request));
            return "newsroom/account";
        }
        redirect.addAttribute("done", "Password changed. Your other sessions are signed out.");
        return "redirect:/newsroom/account";
    }

    @PostMapping("/newsroom/account/sessions/{handle}/sign-out")
    String signOutOne(@PathVariable String handle, RedirectAttributes redirect) {
        Account me = accounts.requireSignedIn();
        sessions.signOut(me, me.id(), handle);
        redirect.addAttribute("done", "That session is signed out.");
        return "redirect:/newsroom/account";
    }

    @PostMapping("/newsroom/account/sessions/sign-out")
    String signOutEverywhere() {
        Account me = accounts.requireSignedIn();
        sessions.signOutEverywhere(me, me.id());
        return "redirect:/newsroom/login?signed-out";
    }

    @GetMapping("/newsroom/account/two-factor")
    String enrolment(HttpServletRequest request, Model model) {
        Account me = accounts.requireSignedIn();
        if (twoFactor.enabled(me)) {
            return "redirect:/newsroom/account";
        }
        var enrolment = twoFactor.start(me);
        model.addAttribute("page", enrolmentPage(me, enrolment.secret(), null, request));
        return "newsroom/two-factor";
    }

    @PostMapping("/newsroom/account/two-factor")
    String enrol(@RequestParam(defaultValue = "") String secret, @RequestParam(defaultValue = "") String code,
                 HttpServletRequest request, Model model) {
        Account me = accounts.requireSignedIn();
        try {
            List<String> codes = twoFactor.enrol(me, secret, code);
            model.addAttribute("page", page("Two-factor sign-in is on. Keep these recovery codes somewhere safe: "
                    + "each works once, and they are shown only now.", Map.of(), codes, request));
            return "newsroom/account";
        } catch (AccountException e) {
            String fresh = secret.matches("[A-Z2-7]{32}") ? secret : twoFactor.start(me).secret();
            model.addAttribute("page", enrolmentPage(me, fresh, e.getMessage(), request));
            return "newsroom/two-factor";
        }
    }

    @PostMapping("/newsroom/account/two-factor/off")
    String turnOff(@RequestParam(defaultValue = "") String code, HttpServletRequest request, Model model,
                   RedirectAttributes redirect) {
        try {
            twoFactor.turnOffOwn(accounts.requireSignedIn(), code);
        } catch (AccountException e) {
            model.addAttribute("page", page(null, Map.of(e.field(), e.getMessage()), List.of(), request));
            return "newsroom/account";
        }
        redirect.addAttribute("done", "Two-factor sign-in is off.");
        return "redirect:/newsroom/account";
    }

    private TwoFactorPage enrolmentPage(Account me, String secret, @Nullable String error, HttpServletRequest request) {
        return new TwoFactorPage(frames.frame("Two-factor sign-in", "account", request), secret,
                secret.replaceAll("(.{4})", "$1 ").strip(), twoFactor.uri(me, secret), twoFactor.qrSvg(twoFactor.uri(me, secret)),
                error, twoFactor.required(me));
    }

    private MyAccountPage page(@Nullable String done, Map<String, String> errors, List<String> recoveryCodes, HttpServletRequest request) {
        Account me = accounts.requireSignedIn();
        HttpSession session = request.getSession(false);
        return new MyAccountPage(frames.frame("Your account", "account", request), done, errors, me.username(),
                rows.rows(sessions.of(me, me.id(), session == null ? null : session.getId())), twoFactor.enabled(me),
                twoFactor.recoveryCodesLeft(me), recoveryCodes);
    }
}
