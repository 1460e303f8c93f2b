/**
 * Reads any RSS 2.0 or Atom 1.0 feed as source items (for sites without an export), and the hardened XML stream
 * every XML export is read through.
 */
@NullMarked
package news.dateline.imports.internal.feed;

import org.jspecify.annotations.NullMarked;
