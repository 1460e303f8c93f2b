package news.dateline.site.web;

import java.util.List;

/**
 * A most-read list as the page shows it.
 *
 * @param title     "Most read in World"
 * @param period    "Last 24 hours"
 * @param headingId the id of the list's heading (unique on the page)
 */
public record MostReadList(String title, String period, String headingId, List<Item> items) {

    /** One story on the list: rank is its position, views already worded ("1,234 Views"). */
    public record Item(int rank, String headline, String href, String views) {
    }
}
