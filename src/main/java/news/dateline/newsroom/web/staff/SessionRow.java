package news.dateline.newsroom.web.staff;

/** One open newsroom session in a list: when it began and was last used, from where, and whether it is this one. */
public record SessionRow(String handle, String createdAt, String lastUsedAt, String address, String userAgent,
                         boolean current) {
}
