package news.dateline.newsroom.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.dateline.accounts.NotPermittedException;
import news.dateline.articles.Articles;
import news.dateline.media.Crop;
import news.dateline.media.Image;
import news.dateline.media.ImageCredit;
import news.dateline.media.ImageRejected;
import news.dateline.media.MediaLibrary;
import news.dateline.media.NewImage;
import news.dateline.newsroom.Desk;
import news.dateline.platform.SiteSettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The media library in the newsroom: upload (several at once), search, edit credits, set focal points, delete. */
@Controller
class MediaDeskController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final int PAGE = 48;

    private final Desk desk;
    private final MediaLibrary media;
    private final Articles articles;
    private final Frames frames;
    private final StoryRows rows;
    private final SiteSettings settings;
    private final news.dateline.people.People people;

    MediaDeskController(Desk desk, MediaLibrary media, Articles articles, Frames frames, StoryRows rows, SiteSettings settings,
                        news.dateline.people.People people) {
        this.people = people;
        this.desk = desk;
        this.media = media;
        this.articles = articles;
        this.frames = frames;
        this.rows = rows;
        this.settings = settings;
    }

    @GetMapping("/newsroom/media")
    String library(@RequestParam Map<String, String> params, HttpServletRequest request, Model model) {
        String q = params.getOrDefault("q", "");
        String pageParam = params.getOrDefault("page", "1");
        int page = pageParam.matches("[0-9]{1,5}") ? Math.max(1, Integer.parseInt(pageParam)) : 1;
        java.time.Instant from = day(params.get("from"), 0);
        java.time.Instant to = day(params.get("to"), 1);
        var found = media.search(q, from, to, page, PAGE + 1);
        var images = found.stream().limit(PAGE).map(i -> new MediaPage.Row(i.id(), i.url(i.widthFor(320)), i.caption(),
                i.altText(), i.credit().display(), i.uploadedBy(), i.createdAt().toString(),
                WHEN.format(i.createdAt().atZone(settings.timeZone())))).toList();
        String base = "/newsroom/media?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8)
                + "&from=" + params.getOrDefault("from", "").replaceAll("[^0-9-]", "")
                + "&to=" + params.getOrDefault("to", "").replaceAll("[^0-9-]", "") + "&page=";
        model.addAttribute("page", new MediaPage(frames.frame("Media", "media", request), q,
                params.getOrDefault("from", "").replaceAll("[^0-9-]", ""), params.getOrDefault("to", "").replaceAll("[^0-9-]", ""),
                params.get("done"),
                params.get("error"), images, "25 MB", page > 1 ? base + (page - 1) : null,
                found.size() > PAGE ? base + (page + 1) : null));
        return "newsroom/media";
    }

    @PostMapping("/newsroom/media")
    String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect)
            throws IOException {
        String me = desk.me().displayName();
        List<String> refused = new ArrayList<>();
        int added = 0;
        long last = 0;
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
                continue;
            }
            String name = file.getOriginalFilename() == null ? "image" : file.getOriginalFilename();
            try {
                var embedded = media.inspect(file.getBytes());
                String alt = !embedded.caption().isEmpty() ? embedded.caption() : "Photo " + name.replaceAll("\\.[A-Za-z0-9]+$", "");
                last = media.upload(file.getBytes(), new NewImage("", alt, new ImageCredit("", "")), me).id();
                added++;
            } catch (ImageRejected e) {
                refused.add(name + ": " + e.getMessage());
            }
        }
        if (added == 0 && refused.isEmpty()) {
            redirect.addAttribute("error", "Choose one or more JPEG, PNG or WebP files to upload.");
            return "redirect:/newsroom/media";
        }
        if (!refused.isEmpty()) {
            redirect.addAttribute("error", "Not added: " + String.join("; ", refused));
        }
        if (added == 1 && refused.isEmpty()) {
            redirect.addAttribute("done", desk.me().role().mayManageDesk()
                    ? "Uploaded. Check the alt text and credit, and set the focal point."
                    : "Uploaded. An editor checks its alt text, credit and focal point.");
            return "redirect:/newsroom/media/" + last;
        }
        if (added > 0) {
            redirect.addAttribute("done", added + " image" + (added == 1 ? "" : "s") + " uploaded. Check each one's alt text and credit.");
        }
        return "redirect:/newsroom/media";
    }

    @GetMapping("/newsroom/media/{id}")
    String edit(@PathVariable long id, @RequestParam Map<String, String> params, HttpServletRequest request, Model model) {
        Image image = media.find(id).orElseThrow(() -> new java.util.NoSuchElementException("No such image"));
        var crops = List.of(Crop.WIDE, Crop.STANDARD, Crop.SQUARE).stream().map(c -> {
            int w = image.cropWidths(c).stream().filter(x -> x >= 320).findFirst().orElse(image.cropWidths(c).get(0));
            return new ImageEditPage.CropPreview(c.key().replace('x', ':'), image.cropUrl(c, w, "jpg"), w,
                    (int) Math.round(w / c.ratio()));
        }).toList();
        var users = rows.rows(articles.usingImage(image.id(), image.storageKey()));
        model.addAttribute("page", new ImageEditPage(frames.frame("Image", "media", request), id, params.get("done"),
                params.get("error"), image.url(image.widthFor(1024)), image.width(), image.height(),
                (int) Math.round(image.focalX() * 100), (int) Math.round(image.focalY() * 100), image.caption(),
                image.altText(), image.credit().source(), image.credit().photographer(), image.copyrightNotice(),
                image.licenseUrl(), image.acquireLicenseUrl(), crops, users, desk.me().role().mayManageDesk()));
        return "newsroom/image";
    }

    @PostMapping("/newsroom/media/{id}")
    String save(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        if (!desk.me().role().mayManageDesk()) {
            // Caption, credit and alt text go live on published stories, structured data and feeds: editors only.
            throw new NotPermittedException("Only editors change an image's caption, credit, alt text and focal point");
        }
        media.find(id).orElseThrow(() -> new java.util.NoSuchElementException("No such image"));
        try {
            ImageForm.checkLengths(form);
            media.update(id, new NewImage(form.get("caption"), form.get("altText"),
                    new ImageCredit(form.get("creditSource"), form.get("photographer")), form.get("copyrightNotice"),
                    form.get("licenseUrl"), form.get("acquireLicenseUrl")));
            media.setFocalPoint(id, percent(form.get("focalX")), percent(form.get("focalY")));
            redirect.addAttribute("done", "Saved.");
        } catch (ImageRejected e) {
            redirect.addAttribute("error", e.getMessage());
        }
        return "redirect:/newsroom/media/" + id;
    }

    @PostMapping("/newsroom/media/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        if (!desk.me().role().mayManageDesk()) {
            throw new NotPermittedException("Only editors delete images");
        }
        Image image = media.find(id).orElseThrow(() -> new java.util.NoSuchElementException("No such image"));
        var users = articles.usingImage(image.id(), image.storageKey());
        var portraits = people.all().stream().filter(p -> Long.valueOf(id).equals(p.photoImageId())).toList();
        if (!portraits.isEmpty()) {
            redirect.addAttribute("error", "This image is the photo of " + String.join(", ",
                    portraits.stream().map(p -> p.displayName()).toList()) + ". Choose another photo there first.");
            return "redirect:/newsroom/media/" + id;
        }
        if (!users.isEmpty()) {
            redirect.addAttribute("error", "This image is used by: " + String.join("; ",
                    users.stream().map(a -> "“" + a.headline() + "”").toList()) + ". Replace it there first.");
            return "redirect:/newsroom/media/" + id;
        }
        media.delete(id);
        redirect.addAttribute("done", "Image deleted.");
        return "redirect:/newsroom/media";
    }

    /** The start of a yyyy-MM-dd day in the publication's zone, plus {@code plusDays}; null when absent or malformed. */
    private java.time.Instant day(String value, int plusDays) {
        try {
            return value == null || value.isBlank() ? null
                    : java.time.LocalDate.parse(value.strip()).plusDays(plusDays).atStartOfDay(settings.timeZone()).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static double percent(String value) {
        if (value == null || !value.strip().matches("[0-9]{1,3}(\\.[0-9]+)?")) {
            throw new ImageRejected("The focal point is given in percent, from 0 to 100");
        }
        return Math.min(100, Double.parseDouble(value.strip())) / 100.0;
    }
}
