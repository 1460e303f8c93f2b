/**
 * Reads a Ghost JSON export (5.x and 6.x, Lexical or Mobiledoc bodies) as a stream of source items, rendering each
 * body to HTML with Ghost's own card markup.
 */
@NullMarked
package news.dateline.imports.internal.ghost;

import org.jspecify.annotations.NullMarked;
