/** The import engine: jobs, mapping of source items onto stories, people, sections, tags and images. */
@NullMarked
package news.dateline.imports.internal;

import org.jspecify.annotations.NullMarked;
