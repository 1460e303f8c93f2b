/** The OpenAPI 3.1 document merged from each API part's fragment, served as JSON and as a readable reference page. */
@NullMarked
package news.dateline.api.openapi;

import org.jspecify.annotations.NullMarked;
