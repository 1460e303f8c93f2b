package news.dateline.media;

/** An upload that is not accepted into the library, with the reason to show the person who sent it. */
public class ImageRejected extends RuntimeException {

    public ImageRejected(String message) {
        super(message);
    }
}
