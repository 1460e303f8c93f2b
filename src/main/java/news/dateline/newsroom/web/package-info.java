/**
 * The newsroom's controllers, page records and forms.
 */
@NullMarked
package news.dateline.newsroom.web;

import org.jspecify.annotations.NullMarked;
