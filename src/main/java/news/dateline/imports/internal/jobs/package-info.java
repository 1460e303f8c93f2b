/** Import jobs, their report lines and the provenance of what they imported, as stored in the database. */
@NullMarked
package news.dateline.imports.internal.jobs;

import org.jspecify.annotations.NullMarked;
