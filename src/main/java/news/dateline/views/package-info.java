/**
 * Views: counts people reading each article ("N Views") from a beacon the page sends, and reports
 * most-read lists and view statistics from hourly buckets.
 */
package news.dateline.views;
