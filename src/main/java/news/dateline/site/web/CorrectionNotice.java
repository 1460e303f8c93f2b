package news.dateline.site.web;

/** A dated notice under a story: "Correction", "Clarification" or "Update", when, and what. */
public record CorrectionNotice(String kind, String dateIso, String dateLine, String text) {
}
