package news.dateline.newsroom.web;

/**
 * The newsroom's frame: the signed-in person, which navigation entries they may use, and the CSRF token
 * every form on the page carries.
 *
 * @param current the navigation key of this page: stories, new, sections, people, pages, accounts
 */
public record NewsroomFrame(String title, String siteName, String userName, String roleLabel, boolean mayManageDesk,
                            boolean mayAdminister, String current, String csrfParameter, String csrfToken) {
}
