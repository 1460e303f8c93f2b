/**
 * Accounts: newsroom sign-in, roles (contributor, reporter, editor, admin) and user administration.
 */
package news.dateline.accounts;
