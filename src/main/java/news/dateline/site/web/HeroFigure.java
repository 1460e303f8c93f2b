package news.dateline.site.web;

import org.jspecify.annotations.Nullable;

/**
 * A story's lead picture as the page shows it.
 *
 * @param caption    the story's own caption, else the library's; may be empty
 * @param creditLine "Disclaimer: This image is taken from Reuters.", or null when the image has no credit
 */
public record HeroFigure(ImageView image, String caption, @Nullable String creditLine) {
}
