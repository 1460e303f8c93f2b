/**
 * Turns a source's body HTML (WordPress blocks and shortcodes, Ghost cards, a feed's HTML) into Dateline's
 * CommonMark body, with library images, embeds and galleries in Dateline's own forms.
 */
@NullMarked
package news.dateline.imports.internal.body;

import org.jspecify.annotations.NullMarked;
