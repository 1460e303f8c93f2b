/**
 * The Lucene index of stories: indexing from the change journal, query parsing, searching and the rebuild command.
 */
@NullMarked
package news.dateline.search.internal;

import org.jspecify.annotations.NullMarked;
