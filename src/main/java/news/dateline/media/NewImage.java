package news.dateline.media;

/** The editorial metadata of an image being added to the library. */
public record NewImage(String caption, String altText, ImageCredit credit) {

    public NewImage {
        caption = caption == null ? "" : caption.strip();
        if (altText == null || altText.isBlank()) {
            throw new IllegalArgumentException("An image needs alt text describing it for readers who cannot see it");
        }
        altText = altText.strip();
        credit = credit == null ? new ImageCredit("", "") : credit;
    }
}
