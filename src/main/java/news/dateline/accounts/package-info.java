/**
 * Accounts: newsroom sign-in, roles (contributor, reporter, editor, admin) and user administration.
 */
@ApplicationModule(allowedDependencies = {"platform"})
@NullMarked
package news.dateline.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
