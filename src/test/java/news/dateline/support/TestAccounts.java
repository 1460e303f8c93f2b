package news.dateline.support;

import java.util.UUID;
import news.dateline.accounts.Account;
import news.dateline.accounts.Accounts;
import news.dateline.accounts.NewAccount;
import news.dateline.accounts.Role;

/** Creates newsroom accounts for tests, each with a unique name and a known password. */
public final class TestAccounts {

    public static final String PASSWORD = "correct horse battery staple";

    private TestAccounts() {
    }

    public static Account create(Accounts accounts, Role role, Long personId) {
        Account admin = accounts.all().stream().filter(a -> a.role() == Role.ADMIN && a.active()).findFirst().orElseThrow();
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.create(admin, new NewAccount(username, "Test " + role.label(), "", PASSWORD, role, personId));
    }
}
