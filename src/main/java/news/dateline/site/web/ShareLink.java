package news.dateline.site.web;

/**
 * A plain share link for one network: {@code network} is a stable key (x, facebook, whatsapp,
 * telegram, linkedin, email) used to pick the icon; {@code label} is the accessible name.
 */
public record ShareLink(String network, String label, String href) {
}
