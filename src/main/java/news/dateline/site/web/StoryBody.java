package news.dateline.site.web;

import java.util.List;

/**
 * The story itself as readers get it.
 *
 * @param html        sanitized HTML of the body, its library images as figures with caption and credit line;
 *                    safe to output unescaped
 * @param tags        tag names, may be empty
 * @param corrections dated correction notices, oldest first, may be empty
 */
public record StoryBody(String html, List<String> tags, List<CorrectionNotice> corrections) {
}
