package news.dateline.accounts;

import java.util.regex.Pattern;
import news.dateline.platform.Limit;

/** An account to create; the password is given in clear and stored only as an adaptive hash. */
public record NewAccount(String username, String displayName, String email, String password, Role role, Long personId) {

    public static final int MIN_PASSWORD_LENGTH = 12;
    public static final Limit DISPLAY_NAME = new Limit(120);
    public static final Limit EMAIL = new Limit(254);
    /** bcrypt reads at most 72 bytes of a password (and refuses longer ones). */
    public static final int MAX_PASSWORD_BYTES = 72;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");

    public NewAccount {
        username = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        displayName = displayName == null ? "" : displayName.strip();
        email = email == null ? "" : email.strip();
        if (!USERNAME.matcher(username).matches()) {
            throw new AccountException("username", "Use 2 to 40 lowercase letters, digits, dots, hyphens or underscores");
        }
        if (displayName.isEmpty()) {
            throw new AccountException("displayName", "Enter the name colleagues know this person by");
        }
        if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new AccountException("email", "Enter a valid email address, or leave it empty");
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new AccountException("password", "Use at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (DISPLAY_NAME.exceededBy(displayName)) {
            throw new AccountException("displayName", DISPLAY_NAME.message(displayName));
        }
        if (EMAIL.exceededBy(email)) {
            throw new AccountException("email", EMAIL.message(email));
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new AccountException("password", "Use at most " + MAX_PASSWORD_BYTES + " characters (fewer with accents or symbols)");
        }
        if (role == null) {
            throw new AccountException("role", "Choose a role");
        }
    }
}
