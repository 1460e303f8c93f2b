package news.dateline.newsroom.web.staff;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import news.dateline.accounts.Account;
import news.dateline.accounts.AccountException;
import news.dateline.accounts.Accounts;
import news.dateline.accounts.NewAccount;
import news.dateline.accounts.Role;
import news.dateline.newsroom.web.Frames;
import news.dateline.newsroom.web.Option;
import news.dateline.people.People;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins create accounts, change roles and deactivate accounts (bylines and pages stay). */
@Controller
class AccountsController {

    private final Accounts accounts;
    private final People people;
    private final Frames frames;

    AccountsController(Accounts accounts, People people, Frames frames) {
        this.accounts = accounts;
        this.people = people;
        this.frames = frames;
    }

    @GetMapping("/newsroom/accounts")
    String list(@RequestParam(required = false) @Nullable String done, HttpServletRequest request, Model model) {
        model.addAttribute("page", page(done, Map.of(), Map.of(), request));
        return "newsroom/accounts";
    }

    @PostMapping("/newsroom/accounts")
    String create(@RequestParam Map<String, String> form, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Account me = accounts.requireSignedIn();
        try {
            Long person = form.getOrDefault("person", "").matches("[0-9]{1,18}") ? Long.valueOf(form.get("person")) : null;
            accounts.create(me, new NewAccount(form.get("username"), form.get("displayName"), form.get("email"),
                    form.get("password"), Role.named(form.get("role")), person));
            redirect.addAttribute("done", "Account created. Give the password to its owner in person.");
            return "redirect:/newsroom/accounts";
        } catch (AccountException e) {
            Map<String, String> values = Map.of("username", form.getOrDefault("username", ""),
                    "displayName", form.getOrDefault("displayName", ""), "email", form.getOrDefault("email", ""),
                    "role", form.getOrDefault("role", ""));
            model.addAttribute("page", page(null, Map.of(e.field(), e.getMessage()), values, request));
            return "newsroom/accounts";
        }
    }

    @PostMapping("/newsroom/accounts/{id}/role")
    String changeRole(@PathVariable long id, @RequestParam(defaultValue = "") String role, RedirectAttributes redirect) {
        accounts.changeRole(accounts.requireSignedIn(), id, Role.named(role));
        redirect.addAttribute("done", "Role changed.");
        return "redirect:/newsroom/accounts";
    }

    @PostMapping("/newsroom/accounts/{id}/active")
    String setActive(@PathVariable long id, @RequestParam(defaultValue = "false") boolean active, RedirectAttributes redirect) {
        accounts.setActive(accounts.requireSignedIn(), id, active);
        redirect.addAttribute("done", active ? "Account reactivated." : "Account deactivated. Its bylines and pages stay.");
        return "redirect:/newsroom/accounts";
    }

    private AccountsPage page(@Nullable String done, Map<String, String> errors, Map<String, String> values, HttpServletRequest request) {
        var rows = accounts.all().stream().map(a -> new AccountsPage.AccountRow(a.id(), a.username(), a.displayName(),
                a.role().name().toLowerCase(), a.role().label(), a.active(), roleOptions(a.role().name()))).toList();
        var personOptions = new ArrayList<Option>(List.of(new Option("", "No byline person", true)));
        people.all().forEach(p -> personOptions.add(new Option(String.valueOf(p.id()), p.displayName(), false)));
        return new AccountsPage(frames.frame("Accounts", "accounts", request), done, errors, values, rows,
                roleOptions(values.getOrDefault("role", "REPORTER")), personOptions);
    }

    private static List<Option> roleOptions(String selected) {
        return Arrays.stream(Role.values()).map(r -> new Option(r.name(), r.label(), r.name().equals(selected))).toList();
    }
}
