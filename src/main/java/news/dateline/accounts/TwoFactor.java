package news.dateline.accounts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import news.dateline.accounts.internal.AccountRepository;
import news.dateline.accounts.internal.LifecycleRepository;
import news.dateline.accounts.internal.Totp;
import news.dateline.platform.SiteSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Optional two-factor sign-in (TOTP, RFC 6238: 30 s, 6 digits, HMAC-SHA-1, as authenticator apps make them).
 * A code is accepted within one step either side of now, and never twice; ten single-use recovery codes are
 * given at enrolment. With {@code dateline.security.require-two-factor-for-admins=true} admins must enrol.
 */
@Service
public class TwoFactor {

    public static final int RECOVERY_CODES = 10;

    private static final int FAILURE_LIMIT = 5;
    private static final java.time.Duration LOCK = java.time.Duration.ofMinutes(15);
    private static final Logger log = LoggerFactory.getLogger(TwoFactor.class);
    private static final String CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    /** An enrolment in progress: the new secret and the {@code otpauth://} URI authenticator apps read. */
    public record Enrolment(String secret, String uri) {
    }

    private final AccountRepository accounts;
    private final LifecycleRepository codes;
    private final SiteSettings settings;
    private final Clock clock;
    private final boolean requiredForAdmins;
    private final SecureRandom random = new SecureRandom();

    TwoFactor(AccountRepository accounts, LifecycleRepository codes, SiteSettings settings, Clock clock,
              @Value("${dateline.security.require-two-factor-for-admins:false}") boolean requiredForAdmins) {
        this.accounts = accounts;
        this.codes = codes;
        this.settings = settings;
        this.clock = clock;
        this.requiredForAdmins = requiredForAdmins;
    }

    public boolean enabled(Account account) {
        return accounts.totpSecret(account.id()).isPresent();
    }

    /** Whether this account must enrol before anything else. */
    public boolean required(Account account) {
        return requiredForAdmins && account.role().mayAdminister();
    }

    public int recoveryCodesLeft(Account account) {
        return codes.recoveryCodesLeft(account.id());
    }

    public Enrolment start(Account account) {
        String secret = Totp.newSecret();
        return new Enrolment(secret, uri(account, secret));
    }

    public String uri(Account account, String secret) {
        String issuer = URLEncoder.encode(settings.name(), StandardCharsets.UTF_8).replace("+", "%20");
        String label = issuer + ":" + URLEncoder.encode(account.username(), StandardCharsets.UTF_8);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + issuer
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
    }

    /** The enrolment address as a QR code to scan (inline SVG, safe to embed as it is). */
    public String qrSvg(String uri) {
        return news.dateline.accounts.internal.QrPicture.svg(uri, "QR code of the setup address for an authenticator app");
    }

    /** Turns two-factor sign-in on once the app shows a right code for {@code secret}; returns the recovery codes. */
    @Transactional
    public List<String> enrol(Account account, String secret, String code) {
        if (enabled(account)) {
            throw new AccountException("code", "Two-factor sign-in is already on; turn it off first to change phones");
        }
        if (secret == null || !secret.matches("[A-Z2-7]{32}")) {
            throw new AccountException("code", "The enrolment expired; start again");
        }
        Long step = matchingStep(secret, code);
        if (step == null) {
            throw new AccountException("code", "That code does not match. Check the time on your phone and type the current code");
        }
        accounts.setTotpSecret(account.id(), secret, step);
        List<String> recovery = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder c = new StringBuilder();
            for (int j = 0; j < 10; j++) {
                c.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
                if (j == 4) {
                    c.append('-');
                }
            }
            recovery.add(c.toString());
        }
        codes.replaceRecoveryCodes(account.id(), recovery.stream().map(TwoFactor::codeHash).toList());
        log.info("{} turned on two-factor sign-in", account.username());
        return recovery;
    }

    /** Checks a sign-in code: a current TOTP code not used before, or an unused recovery code (then spent). */
    @Transactional
    public boolean verify(Account account, String code) {
        String secret = accounts.totpSecret(account.id()).orElse(null);
        if (secret == null || code == null) {
            return false;
        }
        String typed = code.strip().replace(" ", "");
        if (typed.matches("[0-9]{6}")) {
            Long step = matchingStep(secret, typed);
            return step != null && accounts.spendTotpStep(account.id(), step);
        }
        boolean spent = codes.spendRecoveryCode(account.id(), codeHash(typed));
        if (spent) {
            log.warn("{} signed in with a recovery code ({} left)", account.username(), codes.recoveryCodesLeft(account.id()));
        }
        return spent;
    }

    /** What became of a code typed at sign-in. */
    public enum Outcome { ACCEPTED, REFUSED, LOCKED }

    /**
     * The second sign-in step. A wrong code counts as a failed sign-in (the count is not reset by the right password
     * alone), so after five the account is locked for 15 minutes as for passwords.
     */
    @Transactional
    public Outcome secondStep(Account account, String code) {
        if (verify(account, code)) {
            accounts.recordSuccess(account.username());
            return Outcome.ACCEPTED;
        }
        accounts.recordFailure(account.username(), FAILURE_LIMIT, clock.instant().plus(LOCK));
        log.warn("Wrong two-factor code for {}", account.username());
        boolean locked = accounts.credentials(account.username()).map(c -> c.lockedUntil() != null
                && c.lockedUntil().isAfter(clock.instant())).orElse(true);
        return locked ? Outcome.LOCKED : Outcome.REFUSED;
    }

    /** Turns two-factor sign-in off: by its owner, or by an admin for someone who lost their phone. */
    @Transactional
    public void disable(Account actor, long accountId) {
        if (actor.id() != accountId && !actor.role().mayAdminister()) {
            throw new NotPermittedException("Only an admin can turn off another account's two-factor sign-in");
        }
        Account target = accounts.findById(accountId).orElseThrow(() -> new AccountException("account", "No such account"));
        accounts.setTotpSecret(accountId, null, null);
        codes.replaceRecoveryCodes(accountId, List.of());
        log.info("{} turned off two-factor sign-in for {}", actor.username(), target.username());
    }

    /**
     * The owner turns their own two-factor sign-in off with a current code (or a recovery code); refused with
     * {@link AccountException} (field {@code twoFactor}) where the site requires it for their role, or without a code.
     */
    @Transactional
    public void turnOffOwn(Account me, String code) {
        if (required(me)) {
            throw new AccountException("twoFactor", "This site requires two-factor sign-in for admins.");
        }
        if (!verify(me, code)) {
            throw new AccountException("twoFactor", "Type a current code (or a recovery code) to turn it off.");
        }
        disable(me, me.id());
    }

    /** The step (now, or one either side) whose code is {@code code}; null if none. */
    private Long matchingStep(String secret, String code) {
        if (code == null || !code.strip().matches("[0-9]{6}")) {
            return null;
        }
        byte[] typed = code.strip().getBytes(StandardCharsets.US_ASCII);
        long now = Totp.step(clock.instant());
        for (long step = now - 1; step <= now + 1; step++) {
            if (MessageDigest.isEqual(typed, Totp.code(secret, step).getBytes(StandardCharsets.US_ASCII))) {
                return step;
            }
        }
        return null;
    }

    private static String codeHash(String code) {
        return Totp.sha256("recovery:" + code.toLowerCase(Locale.ROOT).replace("-", ""));
    }
}
