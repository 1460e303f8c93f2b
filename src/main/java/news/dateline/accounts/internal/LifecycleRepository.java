package news.dateline.accounts.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import news.dateline.platform.Instants;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Password reset links and two-factor recovery codes, both stored only as SHA-256 hashes. */
@Repository
public class LifecycleRepository {

    private final JdbcClient jdbc;

    public LifecycleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new reset link for the account, and spends the account's earlier unused ones. */
    public void issueReset(long accountId, String tokenHash, String issuedBy, Instant now, Instant expiresAt) {
        jdbc.sql("UPDATE password_resets SET used_at = ? WHERE account_id = ? AND used_at IS NULL")
                .params(Instants.toSql(now), accountId).update();
        jdbc.sql("INSERT INTO password_resets (account_id, token_hash, issued_by, issued_at, expires_at) VALUES (?, ?, ?, ?, ?)")
                .params(accountId, tokenHash, issuedBy, Instants.toSql(now), Instants.toSql(expiresAt)).update();
    }

    /** The account of an unused, unexpired reset link. */
    public Optional<Long> validReset(String tokenHash, Instant now) {
        return jdbc.sql("SELECT account_id FROM password_resets WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?")
                .params(tokenHash, Instants.toSql(now)).query(Long.class).optional();
    }

    /** Spends a reset link atomically: true for exactly one caller, and only while it is unused and unexpired. */
    public boolean spendReset(String tokenHash, long accountId, Instant now) {
        return jdbc.sql("UPDATE password_resets SET used_at = ? WHERE token_hash = ? AND account_id = ? AND used_at IS NULL "
                        + "AND expires_at > ?")
                .params(Instants.toSql(now), tokenHash, accountId, Instants.toSql(now)).update() == 1;
    }

    public void replaceRecoveryCodes(long accountId, Collection<String> codeHashes) {
        jdbc.sql("DELETE FROM recovery_codes WHERE account_id = ?").param(accountId).update();
        for (String hash : codeHashes) {
            jdbc.sql("INSERT INTO recovery_codes (account_id, code_hash) VALUES (?, ?)").params(accountId, hash).update();
        }
    }

    /** Spends a recovery code atomically; false when it is not (or no longer) one of the account's. */
    public boolean spendRecoveryCode(long accountId, String codeHash) {
        return jdbc.sql("DELETE FROM recovery_codes WHERE account_id = ? AND code_hash = ?").params(accountId, codeHash).update() == 1;
    }

    public int recoveryCodesLeft(long accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM recovery_codes WHERE account_id = ?").param(accountId).query(Integer.class).single();
    }
}
