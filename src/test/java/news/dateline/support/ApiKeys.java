package news.dateline.support;

import news.dateline.accounts.Account;
import news.dateline.accounts.Accounts;
import news.dateline.accounts.Role;
import news.dateline.integrations.IntegrationKind;
import news.dateline.integrations.Integrations;
import news.dateline.integrations.IssuedIntegration;
import org.springframework.context.ApplicationContext;

/**
 * API keys for tests on the shared started application ({@link SiteTest}): each call lets in a new integration
 * (made by the site's first admin) and returns its secret, to send as {@code Authorization: Bearer <secret>}.
 * In a SiteTest: {@code @Autowired ApplicationContext context;} then {@code ApiKeys.content(context, "Reader app")}.
 */
public final class ApiKeys {

    private ApiKeys() {
    }

    /** A new Content API key ({@code dlc_…}). */
    public static String content(ApplicationContext context, String name) {
        return issue(context, name, IntegrationKind.CONTENT, null, "").secret();
    }

    /** A new Content API key that browser pages from {@code origins} (one per line or comma-separated) may use. */
    public static String content(ApplicationContext context, String name, String origins) {
        return issue(context, name, IntegrationKind.CONTENT, null, origins).secret();
    }

    /** A new Admin API token ({@code dla_…}) acting as {@code role}. */
    public static String admin(ApplicationContext context, String name, Role role) {
        return issue(context, name, IntegrationKind.ADMIN, role, "").secret();
    }

    /** A new integration with its secret, for tests that revoke it or change its limits. */
    public static IssuedIntegration issue(ApplicationContext context, String name, IntegrationKind kind, Role role,
                                          String origins) {
        return context.getBean(Integrations.class).create(admin(context), name, kind, role, origins);
    }

    /** The site's first active admin, who may manage integrations. */
    public static Account admin(ApplicationContext context) {
        return context.getBean(Accounts.class).all().stream().filter(a -> a.role() == Role.ADMIN && a.active())
                .findFirst().orElseThrow();
    }
}
