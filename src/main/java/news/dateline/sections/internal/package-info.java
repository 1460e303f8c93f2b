/**
 * Storage of sections and the in-memory section list.
 */
@NullMarked
package news.dateline.sections.internal;

import org.jspecify.annotations.NullMarked;
