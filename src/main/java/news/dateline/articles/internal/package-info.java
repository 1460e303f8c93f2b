/**
 * The articles module's implementation: story, revision, correction and redirect storage, the status moves, body
 * rendering and the one visibility rule.
 */
@NullMarked
package news.dateline.articles.internal;

import org.jspecify.annotations.NullMarked;
