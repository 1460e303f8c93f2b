package news.dateline.site.web;

import java.util.List;

/**
 * Everything the article page shows, in the order the page shows it.
 *
 * @param standfirst   may be empty
 * @param updatedLine  "Updated On Fri, 09 May 2025", or null when not substantively updated
 * @param updatedIso   ISO-8601 of the update, or null
 * @param viewsLine    "0 Views", "1 View", "12,345 Views"
 * @param hero         the hero image, or null when the story has none
 * @param caption      hero caption, may be empty
 * @param creditLine   "Disclaimer: This image is taken from Reuters.", or null when there is no image
 * @param shareUrl     the canonical URL to share
 * @param shareTitle   the text to share (the headline)
 * @param shareLinks   plain links for X, Facebook, WhatsApp, Telegram, LinkedIn and email
 * @param bodyHtml     sanitized HTML of the body, its library images as figures with caption and credit line;
 *                     safe to output unescaped
 * @param tags         tag names, may be empty
 * @param corrections  dated correction notices, oldest first, may be empty
 * @param moreInSection other recent stories from the same section
 * @param viewsUrl     where the page reports a view (the beacon), or null in a newsroom preview
 * @param mostRead     most-read lists shown beside the story, may be empty
 */
public record ArticlePage(Layout layout, String sectionName, String sectionHref, String headline, String standfirst,
                          String publishedIso, String publishedLine, String updatedIso, String updatedLine,
                          List<BylineLink> bylines, String viewsLine, ImageView hero, String caption,
                          String creditLine, String shareUrl, String shareTitle, List<ShareLink> shareLinks,
                          String bodyHtml, List<String> tags, List<CorrectionNotice> corrections,
                          List<StoryCard> moreInSection, String viewsUrl, List<MostReadList> mostRead) {
}
