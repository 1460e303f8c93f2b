package news.dateline.search;

/** Who is searching: readers see only public stories; the newsroom sees every state. */
public enum Audience {
    PUBLIC,
    NEWSROOM
}
