package news.dateline.newsroom.web.editor;

import java.util.Map;
import news.dateline.articles.Article;
import news.dateline.articles.ArticleException;
import news.dateline.articles.EditConflictException;
import news.dateline.newsroom.Desk;
import news.dateline.site.ArticlePreviews;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The editor's background calls: autosave every few seconds, and the preview as readers will see it. */
@RestController
class AutosaveController {

    private final Desk desk;
    private final ArticlePreviews previews;

    AutosaveController(Desk desk, ArticlePreviews previews) {
        this.desk = desk;
        this.previews = previews;
    }

    @PostMapping("/newsroom/stories/{id}/autosave")
    ResponseEntity<Map<String, Object>> autosave(@PathVariable long id, @RequestParam MultiValueMap<String, String> form) {
        try {
            Article saved = desk.autosave(id, StoryForm.version(form), StoryForm.content(form));
            return ResponseEntity.ok(Map.of("version", saved.version(), "savedAt", saved.modifiedAt().toString()));
        } catch (EditConflictException e) {
            return ResponseEntity.status(409).body(Map.of("conflict", true,
                    "message", "Someone else saved this story. Save to compare both versions.",
                    "url", "/newsroom/stories/" + id));
        } catch (ArticleException e) {
            return ResponseEntity.badRequest().body(Map.of("errors", Map.of(e.field(), e.getMessage())));
        }
    }

    @PostMapping(value = "/newsroom/preview", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> preview(@RequestParam MultiValueMap<String, String> form) {
        try {
            String id = form.getFirst("id");
            Article existing = id != null && id.matches("[0-9]{1,18}") ? desk.open(Long.parseLong(id)) : null;
            return ResponseEntity.ok(previews.render(StoryForm.content(form), existing));
        } catch (ArticleException e) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
        }
    }
}
