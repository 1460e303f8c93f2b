/** ninjs 3.1 (IPTC News in JSON): every public story as a ninjs document, and agency ninjs documents read for wire ingest. */
@NullMarked
package news.dateline.api.ninjs;

import org.jspecify.annotations.NullMarked;
