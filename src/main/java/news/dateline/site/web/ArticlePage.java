package news.dateline.site.web;

import org.jspecify.annotations.Nullable;

/**
 * Everything the article page shows, as the named parts the page shows from top to bottom.
 *
 * @param header  section label, headline and standfirst
 * @param meta    dates, bylines and the views line
 * @param hero    the lead picture with its caption and credit line, or null when the story has none
 * @param share   the share bar
 * @param body    the story itself, its corrections and tags
 * @param related more from the section, and the most-read lists beside the story
 */
public record ArticlePage(Layout layout, StoryHeader header, StoryMeta meta, @Nullable HeroFigure hero, Share share,
                          StoryBody body, Related related) {
}
