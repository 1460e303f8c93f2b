package news.dateline.newsroom.web.media;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.dateline.media.ImageEdit;
import news.dateline.media.ImageRejected;
import news.dateline.media.MediaDesk;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The media library in the newsroom: upload (several at once), search, edit credits, set focal points, delete. The
 * rules and rights are {@link MediaDesk}'s; a refused change comes back as an inline error after the redirect.
 */
@Controller
class MediaDeskController {

    private final MediaDesk desk;
    private final MediaPages pages;

    MediaDeskController(MediaDesk desk, MediaPages pages) {
        this.desk = desk;
        this.pages = pages;
    }

    @GetMapping("/newsroom/media")
    String library(@RequestParam Map<String, String> params, HttpServletRequest request, Model model) {
        model.addAttribute("page", pages.library(params, request));
        return "newsroom/media";
    }

    @PostMapping("/newsroom/media")
    String upload(@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
                  RedirectAttributes redirect) throws IOException {
        List<MediaDesk.Upload> uploads = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            String name = file.getOriginalFilename();
            if (!file.isEmpty() || (name != null && !name.isBlank())) {
                uploads.add(new MediaDesk.Upload(name == null ? "image" : name, file.getBytes()));
            }
        }
        var uploaded = desk.upload(uploads);
        int added = uploaded.added().size();
        if (added == 0 && uploaded.refused().isEmpty()) {
            redirect.addAttribute("error", "Choose one or more JPEG, PNG or WebP files to upload.");
            return "redirect:/newsroom/media";
        }
        if (!uploaded.refused().isEmpty()) {
            redirect.addAttribute("error", "Not added: " + String.join("; ", uploaded.refused()));
        }
        if (added == 1 && uploaded.refused().isEmpty()) {
            redirect.addAttribute("done", uploaded.mayEdit()
                    ? "Uploaded. Check the alt text and credit, and set the focal point."
                    : "Uploaded. An editor checks its alt text, credit and focal point.");
            return "redirect:/newsroom/media/" + uploaded.added().get(0).id();
        }
        if (added > 0) {
            redirect.addAttribute("done", added + " image" + (added == 1 ? "" : "s") + " uploaded. Check each one's alt text and credit.");
        }
        return "redirect:/newsroom/media";
    }

    @GetMapping("/newsroom/media/{id}")
    String edit(@PathVariable long id, @RequestParam Map<String, String> params, HttpServletRequest request, Model model) {
        model.addAttribute("page", pages.image(id, params, request));
        return "newsroom/image";
    }

    @PostMapping("/newsroom/media/{id}")
    String save(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        try {
            desk.edit(id, new ImageEdit(form.get("caption"), form.get("altText"), form.get("creditSource"),
                    form.get("photographer"), form.get("copyrightNotice"), form.get("licenseUrl"),
                    form.get("acquireLicenseUrl"), form.get("focalX"), form.get("focalY")));
            redirect.addAttribute("done", "Saved.");
        } catch (ImageRejected e) {
            redirect.addAttribute("error", e.getMessage());
        }
        return "redirect:/newsroom/media/" + id;
    }

    @PostMapping("/newsroom/media/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        try {
            desk.delete(id);
        } catch (ImageRejected e) {
            redirect.addAttribute("error", e.getMessage());
            return "redirect:/newsroom/media/" + id;
        }
        redirect.addAttribute("done", "Image deleted.");
        return "redirect:/newsroom/media";
    }
}
