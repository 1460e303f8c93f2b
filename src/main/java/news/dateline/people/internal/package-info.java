/**
 * Storage of the people who hold bylines.
 */
@NullMarked
package news.dateline.people.internal;

import org.jspecify.annotations.NullMarked;
