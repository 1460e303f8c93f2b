/**
 * The public site's controllers, page builders and page records.
 */
@NullMarked
package news.dateline.site.web;

import org.jspecify.annotations.NullMarked;
