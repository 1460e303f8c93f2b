package news.dateline.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import news.dateline.accounts.Account;
import news.dateline.accounts.Role;
import news.dateline.platform.Instants;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class AccountRepository {

    private static final String COLUMNS = "SELECT id, username, display_name, email, role, active, person_id, "
            + "created_at, password_hash, failed_sign_ins, locked_until FROM accounts ";

    /** An account with what only sign-in needs to see. */
    public record Credentials(Account account, String passwordHash, int failedSignIns, Instant lockedUntil) {
    }

    /** What every newsroom request checks about its signed-in account. */
    public record Standing(boolean active, Role role, boolean twoFactor) {
    }

    private final JdbcClient jdbc;

    public AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String username, String displayName, String email, String hash, Role role, Long personId,
                       Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO accounts (username, display_name, email, password_hash, role, person_id, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(username, displayName, email, hash, role.name(), personId, Instants.toSql(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public Optional<Credentials> credentials(String username) {
        return jdbc.sql(COLUMNS + "WHERE username = ?").param(username).query(this::credentialsRow).optional();
    }

    public Optional<Account> findById(long id) {
        return jdbc.sql(COLUMNS + "WHERE id = ?").param(id).query(this::account).optional();
    }

    public Optional<Account> findByUsername(String username) {
        return jdbc.sql(COLUMNS + "WHERE username = ?").param(username).query(this::account).optional();
    }

    public List<Account> findAll() {
        return jdbc.sql(COLUMNS + "ORDER BY active DESC, display_name").query(this::account).list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM accounts").query(Long.class).single();
    }

    public boolean usernameTaken(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM accounts WHERE username = ?").param(username).query(Long.class).single() > 0;
    }

    public void setRole(long id, Role role) {
        jdbc.sql("UPDATE accounts SET role = ? WHERE id = ?").params(role.name(), id).update();
    }

    public void setActive(long id, boolean active) {
        jdbc.sql("UPDATE accounts SET active = ? WHERE id = ?").params(active ? 1 : 0, id).update();
    }

    public long countActiveAdmins() {
        return jdbc.sql("SELECT COUNT(*) FROM accounts WHERE role = 'ADMIN' AND active = 1").query(Long.class).single();
    }

    /** Counts a failed sign-in atomically; locks the account until {@code lockUntil} once it reaches {@code limit}. */
    public void recordFailure(String username, int limit, Instant lockUntil) {
        jdbc.sql("UPDATE accounts SET failed_sign_ins = failed_sign_ins + 1, "
                        + "locked_until = CASE WHEN failed_sign_ins + 1 >= ? THEN ? ELSE locked_until END WHERE username = ?")
                .params(limit, Instants.toSql(lockUntil), username).update();
    }

    public void recordSuccess(String username) {
        jdbc.sql("UPDATE accounts SET failed_sign_ins = 0, locked_until = NULL WHERE username = ?").param(username).update();
    }

    public Optional<Standing> standing(String username) {
        return jdbc.sql("SELECT active, role, totp_secret FROM accounts WHERE username = ?").param(username)
                .query((rs, n) -> new Standing(rs.getInt("active") == 1, Role.valueOf(rs.getString("role")),
                        rs.getString("totp_secret") != null)).optional();
    }

    public void setPasswordHash(long id, String hash) {
        jdbc.sql("UPDATE accounts SET password_hash = ? WHERE id = ?").params(hash, id).update();
    }

    /** Lifts the sign-in lockout and forgets the failures counted so far. */
    public void unlock(long id) {
        jdbc.sql("UPDATE accounts SET failed_sign_ins = 0, locked_until = NULL WHERE id = ?").param(id).update();
    }

    /** The account's two-factor secret (Base32), if two-factor sign-in is on. */
    public Optional<String> totpSecret(long id) {
        return jdbc.sql("SELECT totp_secret FROM accounts WHERE id = ?").param(id).query(String.class).optional()
                .filter(s -> s != null && !s.isEmpty());
    }

    public void setTotpSecret(long id, String secret, Long lastStep) {
        jdbc.sql("UPDATE accounts SET totp_secret = ?, totp_last_step = ? WHERE id = ?").params(secret, lastStep, id).update();
    }

    /** Records {@code step} as used, atomically; false when this step or a later one was already used (a replayed code). */
    public boolean spendTotpStep(long id, long step) {
        return jdbc.sql("UPDATE accounts SET totp_last_step = ? WHERE id = ? AND totp_secret IS NOT NULL "
                + "AND (totp_last_step IS NULL OR totp_last_step < ?)").params(step, id, step).update() == 1;
    }

    private Account account(ResultSet rs, int n) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), Role.valueOf(rs.getString("role")), rs.getInt("active") == 1,
                rs.getObject("person_id") == null ? null : rs.getLong("person_id"), Instants.read(rs, "created_at"));
    }

    private Credentials credentialsRow(ResultSet rs, int n) throws SQLException {
        return new Credentials(account(rs, n), rs.getString("password_hash"), rs.getInt("failed_sign_ins"),
                Instants.read(rs, "locked_until"));
    }
}
