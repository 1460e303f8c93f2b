/** The read-only Content API: public stories, sections, people, tags, static pages and search as JSON for apps. */
@NullMarked
package news.dateline.api.content;

import org.jspecify.annotations.NullMarked;
