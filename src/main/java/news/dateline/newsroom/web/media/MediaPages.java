package news.dateline.newsroom.web.media;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import news.dateline.articles.Articles;
import news.dateline.media.Crop;
import news.dateline.media.Image;
import news.dateline.media.MediaDesk;
import news.dateline.media.MediaLibrary;
import news.dateline.newsroom.web.Frames;
import news.dateline.newsroom.web.StoryRows;
import news.dateline.platform.SiteSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Builds the media library's page models from the library (read only: the actions go through {@link MediaDesk}). */
@Component
class MediaPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final int PAGE = 48;

    private final MediaLibrary media;
    private final MediaDesk desk;
    private final Articles articles;
    private final Frames frames;
    private final StoryRows rows;
    private final SiteSettings settings;

    MediaPages(MediaLibrary media, MediaDesk desk, Articles articles, Frames frames, StoryRows rows, SiteSettings settings) {
        this.media = media;
        this.desk = desk;
        this.articles = articles;
        this.frames = frames;
        this.rows = rows;
        this.settings = settings;
    }

    MediaPage library(Map<String, String> params, HttpServletRequest request) {
        String q = params.getOrDefault("q", "");
        String pageParam = params.getOrDefault("page", "1");
        int page = pageParam.matches("[0-9]{1,5}") ? Math.max(1, Integer.parseInt(pageParam)) : 1;
        String from = params.getOrDefault("from", "").replaceAll("[^0-9-]", "");
        String to = params.getOrDefault("to", "").replaceAll("[^0-9-]", "");
        var found = media.search(q, day(params.get("from"), 0), day(params.get("to"), 1), page, PAGE + 1);
        var images = found.stream().limit(PAGE).map(i -> new MediaPage.Row(i.id(), i.url(i.widthFor(320)), i.caption(),
                i.altText(), i.credit().display(), i.uploadedBy(), i.createdAt().toString(),
                WHEN.format(i.createdAt().atZone(settings.timeZone())))).toList();
        String base = "/newsroom/media?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&from=" + from + "&to=" + to
                + "&page=";
        return new MediaPage(frames.frame("Media", "media", request), new MediaPage.Search(q, from, to), params.get("done"),
                params.get("error"), images, "25 MB", new MediaPage.Pagination(page > 1 ? base + (page - 1) : null,
                found.size() > PAGE ? base + (page + 1) : null));
    }

    ImageEditPage image(long id, Map<String, String> params, HttpServletRequest request) {
        Image image = media.find(id).orElseThrow(() -> new NoSuchElementException("No such image"));
        var crops = List.of(Crop.WIDE, Crop.STANDARD, Crop.SQUARE).stream().map(c -> {
            int w = image.cropWidths(c).stream().filter(x -> x >= 320).findFirst().orElse(image.cropWidths(c).get(0));
            return new ImageEditPage.CropPreview(c.key().replace('x', ':'), image.cropUrl(c, w, "jpg"), w,
                    (int) Math.round(w / c.ratio()));
        }).toList();
        var credit = new ImageEditPage.ImageCreditFields(image.credit().source(), image.credit().photographer(),
                image.copyrightNotice(), image.licenseUrl(), image.acquireLicenseUrl());
        return new ImageEditPage(frames.frame("Image", "media", request), id, params.get("done"), params.get("error"),
                new ImageEditPage.Picture(image.url(image.widthFor(1024)), image.width(), image.height()),
                new ImageEditPage.FocalPoint((int) Math.round(image.focalX() * 100), (int) Math.round(image.focalY() * 100)),
                new ImageEditPage.Description(image.caption(), image.altText()), credit, crops,
                rows.rows(articles.usingImage(image.id(), image.storageKey())), desk.mayEdit());
    }

    /** The start of a yyyy-MM-dd day in the publication's zone, plus {@code plusDays}; null when absent or malformed. */
    private @Nullable Instant day(@Nullable String value, int plusDays) {
        try {
            return value == null || value.isBlank() ? null
                    : LocalDate.parse(value.strip()).plusDays(plusDays).atStartOfDay(settings.timeZone()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
