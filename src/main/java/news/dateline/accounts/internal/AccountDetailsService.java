package news.dateline.accounts.internal;

import java.time.Clock;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads an account for sign-in: deactivated accounts are disabled, locked ones are locked. */
@Component
class AccountDetailsService implements UserDetailsService {

    private final AccountRepository repository;
    private final Clock clock;

    AccountDetailsService(AccountRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var credentials = repository.credentials(username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        var account = credentials.account();
        boolean locked = credentials.lockedUntil() != null && credentials.lockedUntil().isAfter(clock.instant());
        return User.withUsername(account.username())
                .password(credentials.passwordHash())
                .authorities(new SimpleGrantedAuthority(account.role().authority()))
                .disabled(!account.active())
                .accountLocked(locked)
                .build();
    }
}
