/**
 * The accounts module's implementation: Spring Security set-up, account and lifecycle storage, sign-in throttling, the
 * session gate, TOTP and the staff marker cookie.
 */
@NullMarked
package news.dateline.accounts.internal;

import org.jspecify.annotations.NullMarked;
