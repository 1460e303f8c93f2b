/**
 * Dateline: the application class; each sub-package is one Spring Modulith application module (see
 * docs/architecture.md).
 */
@NullMarked
package news.dateline;

import org.jspecify.annotations.NullMarked;
