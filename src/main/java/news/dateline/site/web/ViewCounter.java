package news.dateline.site.web;

import org.jspecify.annotations.Nullable;

/**
 * A story's views as the page shows them, and where the page reports its own view.
 *
 * @param line      "0 Views", "1 View", "12,345 Views"
 * @param beaconUrl where the page reports a view, or null in a newsroom preview (which counts nothing)
 */
public record ViewCounter(String line, @Nullable String beaconUrl) {
}
