package news.dateline.newsroom.web.editor;

/** The two versions of a story after a conflicting save: what is stored now, and what this editor typed. */
public record ConflictView(String savedBy, String savedAt, String theirHeadline, String theirBody, String yourHeadline,
                           String yourBody) {
}
