package news.dateline.site.web;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import news.dateline.articles.Article;
import news.dateline.articles.Articles;
import news.dateline.articles.NewArticle;
import news.dateline.support.Newsdesk;
import news.dateline.media.Crop;
import news.dateline.media.Image;
import news.dateline.media.ImageCredit;
import news.dateline.media.MediaLibrary;
import news.dateline.media.NewImage;
import news.dateline.people.Person;

/**
 * A published story of a test's own whose body places a library image three ways (alone in a paragraph, inside a
 * paragraph with a caption of its own, as a 16:9 crop) and one image from elsewhere.
 */
record InlineStories(Newsdesk desk, Articles articles, MediaLibrary media) {

    static final String ALT = "Fishing boats moored in the harbour at dawn";
    static final String OWN_CAPTION = "Gulls over the quay, as seen in this story";

    record Filed(Article story, Image image, Person reporter, String path, String agency) {
    }

    /** A new 1800 x 1200 library image credited to an agency of its own, and a published story placing it. */
    Filed publish(String label) {
        return publish(label, "The harbour at Port %d before the catch came in.", (headline, image) ->
                "First paragraph of " + headline + ".\n\n"
                + "![Boats in the harbour](" + image.url(1024) + ")\n\n"
                + "A paragraph with a picture inside ![Gulls](" + image.url(800) + " \"" + OWN_CAPTION + "\") and text after it.\n\n"
                + "![](" + image.cropUrl(Crop.WIDE, 800, "jpg") + ")\n\n"
                + "![A map from elsewhere](https://example.org/map.jpg)\n\n"
                + "Last paragraph.");
    }

    /** The same with a body of the test's own, given the headline and the image; {@code caption} may hold {@code %d}. */
    Filed publish(String label, String caption, java.util.function.BiFunction<String, Image, String> bodyOf) {
        long n = System.nanoTime();
        String agency = "Agency " + n;
        Image image = media.add(picture(1800, 1200), new NewImage(caption.formatted(n), ALT, new ImageCredit(agency, "Jane Doe")));
        Person reporter = desk.reporter();
        String headline = label + " " + n;
        String body = bodyOf.apply(headline, image);
        Article filed = articles.file(new NewArticle(headline, null, "Standfirst of " + headline, body,
                desk.section().id(), List.of(reporter.id()), List.of("Test"), null, null, null), desk.staff());
        Article story = desk.workflow().publish(filed.id());
        return new Filed(story, image, reporter, desk.path(story), agency);
    }

    private static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x1d4e89), width, height, new Color(0xf4a259)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x2b2d42));
        for (int i = 0; i < 5; i++) {
            g.fillRect(150 + i * 320, height - 420 + (i % 2) * 60, 220, 120);
        }
        g.dispose();
        return image;
    }
}
