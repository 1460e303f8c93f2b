/** The old addresses of imported sites, as stored. */
@NullMarked
package news.dateline.imports.internal.addresses;

import org.jspecify.annotations.NullMarked;
