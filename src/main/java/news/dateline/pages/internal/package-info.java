/**
 * Storage of static pages.
 */
@NullMarked
package news.dateline.pages.internal;

import org.jspecify.annotations.NullMarked;
