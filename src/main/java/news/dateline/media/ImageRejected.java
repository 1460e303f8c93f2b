package news.dateline.media;

/** An upload or change the library does not accept (or a deletion it refuses), with the reason to show the person who sent it. */
public class ImageRejected extends RuntimeException {

    public ImageRejected(String message) {
        super(message);
    }
}
