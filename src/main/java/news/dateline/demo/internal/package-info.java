/**
 * The demo newspaper's content and the start-up step that loads it into an empty database.
 */
@NullMarked
package news.dateline.demo.internal;

import org.jspecify.annotations.NullMarked;
