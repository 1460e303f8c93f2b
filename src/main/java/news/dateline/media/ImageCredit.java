package news.dateline.media;

/**
 * Who an image comes from: the source (an agency such as "Reuters", or the publication's own desk)
 * and, when known, the photographer.
 */
public record ImageCredit(String source, String photographer) {

    public ImageCredit {
        source = source == null ? "" : source.strip();
        photographer = photographer == null ? "" : photographer.strip();
    }

    public boolean isEmpty() {
        return source.isEmpty() && photographer.isEmpty();
    }

    /** The name a credit line shows: "Reuters", or "Reuters / Jane Doe" when the photographer is known. */
    public String display() {
        if (photographer.isEmpty()) {
            return source;
        }
        return source.isEmpty() ? photographer : source + " / " + photographer;
    }
}
