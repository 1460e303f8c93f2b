/** The newsroom's account screens: accounts (admins), one account's care, the signed-in person's own account and two-factor sign-in. */
@org.jspecify.annotations.NullMarked
package news.dateline.newsroom.web.staff;
