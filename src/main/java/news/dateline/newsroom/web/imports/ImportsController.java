package news.dateline.newsroom.web.imports;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import news.dateline.accounts.NotPermittedException;
import news.dateline.imports.ArchiveImports;
import news.dateline.imports.ImportException;
import news.dateline.newsroom.Desk;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import screen: the upload form and recent imports, one import's dry run, progress (page and JSON) and report.
 * The upload itself is {@link ImportUploadServlet}. Every handler checks the admin role first; the facade checks again.
 */
@Controller
class ImportsController {

    private final ArchiveImports imports;
    private final ImportPages pages;
    private final Desk desk;

    ImportsController(ArchiveImports imports, ImportPages pages, Desk desk) {
        this.imports = imports;
        this.pages = pages;
        this.desk = desk;
    }

    @GetMapping("/newsroom/imports")
    String start(@RequestParam Map<String, String> params, HttpServletRequest request, Model model) {
        adminOnly();
        model.addAttribute("page", pages.start(params, request));
        return "newsroom/imports/start";
    }

    @GetMapping("/newsroom/imports/{id}")
    String job(@PathVariable long id, @RequestParam(required = false) String error, HttpServletRequest request,
               Model model) {
        adminOnly();
        model.addAttribute("page", pages.job(id, error, request));
        return "newsroom/imports/job";
    }

    @PostMapping("/newsroom/imports/{id}/start")
    String run(@PathVariable long id, RedirectAttributes redirect) {
        adminOnly();
        try {
            imports.start(id);
        } catch (ImportException e) {
            redirect.addAttribute("error", e.getMessage());
        }
        return "redirect:/newsroom/imports/" + id;
    }

    @GetMapping(value = "/newsroom/imports/{id}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ImportProgress> progress(@PathVariable long id, @RequestParam(defaultValue = "0") int after) {
        adminOnly();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(pages.progress(id, after));
    }

    @GetMapping("/newsroom/imports/{id}/report.txt")
    ResponseEntity<String> report(@PathVariable long id) {
        adminOnly();
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("import-" + id + "-report.txt").build().toString())
                .body(pages.text(id));
    }

    private void adminOnly() {
        if (!desk.me().role().mayAdminister()) {
            throw new NotPermittedException("Only an admin may import archives.");
        }
    }
}
