package news.dateline.site.web;

/** One static page in the footer ("About us"); {@code child} for a page under another, listed after its parent. */
public record FooterLink(String title, String href, boolean child) {
}
