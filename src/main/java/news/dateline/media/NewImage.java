package news.dateline.media;

/**
 * The editorial metadata of an image: what the library form edits and what credit lines and structured
 * data show.
 */
public record NewImage(String caption, String altText, ImageCredit credit, String copyrightNotice, String licenseUrl,
                       String acquireLicenseUrl) {

    public NewImage {
        caption = trim(caption);
        if (altText == null || altText.isBlank()) {
            throw new ImageRejected("An image needs alt text describing it for readers who cannot see it");
        }
        altText = altText.strip();
        credit = credit == null ? new ImageCredit("", "") : credit;
        copyrightNotice = trim(copyrightNotice);
        licenseUrl = url(licenseUrl, "licence");
        acquireLicenseUrl = url(acquireLicenseUrl, "licence acquisition");
    }

    public NewImage(String caption, String altText, ImageCredit credit) {
        this(caption, altText, credit, "", "", "");
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }

    private static String url(String value, String what) {
        String v = trim(value);
        if (!v.isEmpty() && !v.matches("https?://\\S+")) {
            throw new ImageRejected("The " + what + " address must start with https:// or http://");
        }
        return v;
    }
}
