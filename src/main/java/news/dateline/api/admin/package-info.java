/** The Admin API for integrations: file, edit and move stories through the workflow with a token's role. */
@NullMarked
package news.dateline.api.admin;

import org.jspecify.annotations.NullMarked;
