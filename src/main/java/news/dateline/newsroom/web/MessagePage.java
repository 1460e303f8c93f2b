package news.dateline.newsroom.web;

/** A newsroom page that only explains something (not allowed, not found, done). */
public record MessagePage(NewsroomFrame frame, String heading, String message) {
}
