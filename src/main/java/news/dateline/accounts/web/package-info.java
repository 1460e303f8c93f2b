/**
 * The sign-in, second-factor, first-admin setup and password-reset pages.
 */
@NullMarked
package news.dateline.accounts.web;

import org.jspecify.annotations.NullMarked;
