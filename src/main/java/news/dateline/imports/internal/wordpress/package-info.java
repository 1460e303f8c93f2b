/** Reads a WordPress WXR export (1.0 to 1.2) as source items, streaming it in constant memory. */
@NullMarked
package news.dateline.imports.internal.wordpress;

import org.jspecify.annotations.NullMarked;
