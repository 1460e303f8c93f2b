/**
 * The beacon endpoint pages call to report a view.
 */
@NullMarked
package news.dateline.views.internal.web;

import org.jspecify.annotations.NullMarked;
