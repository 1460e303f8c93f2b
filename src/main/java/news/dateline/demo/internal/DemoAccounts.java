package news.dateline.demo.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import news.dateline.accounts.Account;
import news.dateline.accounts.Accounts;
import news.dateline.accounts.NewAccount;
import news.dateline.accounts.Role;
import news.dateline.people.People;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Demo newsroom accounts, one per role, each with a fresh random password printed once on the console
 * (there is no default password anywhere).
 */
@Component
class DemoAccounts {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final Accounts accounts;
    private final People people;
    private final SecureRandom random = new SecureRandom();

    DemoAccounts(Accounts accounts, People people) {
        this.accounts = accounts;
        this.people = people;
    }

    void create() {
        if (!accounts.noneExist()) {
            return;
        }
        Map<String, String> printed = new LinkedHashMap<>();
        String adminPassword = password();
        Account admin = accounts.createFirstAdmin(new NewAccount("admin", "Site Admin", "", adminPassword, Role.ADMIN, null));
        printed.put("admin (Admin)", adminPassword);
        add(admin, "editor", "James Whitfield", Role.EDITOR, "james-whitfield", printed);
        add(admin, "reporter", "Maria Okafor", Role.REPORTER, "maria-okafor", printed);
        add(admin, "contributor", "Sofia Marchetti", Role.CONTRIBUTOR, "sofia-marchetti", printed);
        StringBuilder lines = new StringBuilder();
        printed.forEach((who, password) -> lines.append(String.format("%n   %-26s %s", who, password)));
        log.warn("""

                ============================================================================
                 Demo newsroom accounts (sign in at /newsroom/login). Passwords are random,
                 shown only now:{}
                ============================================================================""", lines);
    }

    private void add(Account admin, String username, String name, Role role, String personSlug, Map<String, String> printed) {
        String password = password();
        Long person = people.bySlug(personSlug).map(p -> p.id()).orElse(null);
        accounts.create(admin, new NewAccount(username, name, "", password, role, person));
        printed.put(username + " (" + role.label() + ")", password);
    }

    private String password() {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
