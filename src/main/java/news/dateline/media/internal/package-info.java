/**
 * The media module's implementation: upload inspection, image storage rows, renditions and the controller that serves
 * them.
 */
@NullMarked
package news.dateline.media.internal;

import org.jspecify.annotations.NullMarked;
