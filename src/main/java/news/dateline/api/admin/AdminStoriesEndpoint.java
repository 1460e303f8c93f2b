package news.dateline.api.admin;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import news.dateline.api.ApiCaller;
import news.dateline.api.ApiProblem;
import news.dateline.articles.CorrectionKind;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/admin/stories}: file, read and save stories, and move them through the workflow. */
@RestController
@RequestMapping(path = "/api/v1/admin/stories", produces = "application/json")
class AdminStoriesEndpoint {

    record Release(@Nullable Instant at, @Nullable Instant until) {
    }

    record Notice(@Nullable String kind, @Nullable String text) {
    }

    private final AdminStories stories;

    AdminStoriesEndpoint(AdminStories stories) {
        this.stories = stories;
    }

    @PostMapping(consumes = "application/json")
    ResponseEntity<AdminStory> file(ApiCaller caller, @RequestBody StoryInput input) {
        AdminStory filed = AdminStory.of(stories.file(caller, input));
        return ResponseEntity.created(URI.create("/api/v1/admin/stories/" + filed.id())).body(filed);
    }

    @GetMapping("/{id}")
    AdminStory open(ApiCaller caller, @PathVariable long id) {
        return AdminStory.of(stories.open(caller, id));
    }

    @PutMapping(path = "/{id}", consumes = "application/json")
    AdminStory save(ApiCaller caller, @PathVariable long id, @RequestBody StoryInput input) {
        return AdminStory.of(stories.save(caller, id, input.version(), input));
    }

    @PostMapping("/{id}/submit")
    AdminStory submit(ApiCaller caller, @PathVariable long id) {
        return AdminStory.of(stories.submit(caller, id));
    }

    @PostMapping("/{id}/publish")
    AdminStory publish(ApiCaller caller, @PathVariable long id) {
        return AdminStory.of(stories.publish(caller, id));
    }

    @PostMapping(path = "/{id}/schedule", consumes = "application/json")
    AdminStory schedule(ApiCaller caller, @PathVariable long id, @RequestBody Release release) {
        return AdminStory.of(stories.schedule(caller, id, required("at", release.at())));
    }

    @PostMapping(path = "/{id}/embargo", consumes = "application/json")
    AdminStory embargo(ApiCaller caller, @PathVariable long id, @RequestBody Release release) {
        return AdminStory.of(stories.embargo(caller, id, required("until", release.until())));
    }

    @PostMapping("/{id}/unpublish")
    AdminStory unpublish(ApiCaller caller, @PathVariable long id) {
        return AdminStory.of(stories.unpublish(caller, id));
    }

    @PostMapping("/{id}/kill")
    AdminStory kill(ApiCaller caller, @PathVariable long id) {
        return AdminStory.of(stories.kill(caller, id));
    }

    @PostMapping(path = "/{id}/corrections", consumes = "application/json")
    AdminStory correct(ApiCaller caller, @PathVariable long id, @RequestBody Notice notice) {
        return AdminStory.of(stories.correct(caller, id, kind(notice.kind()), notice.text()));
    }

    private static Instant required(String field, @Nullable Instant value) {
        if (value == null) {
            throw ApiProblem.invalid(field, "Required (an ISO-8601 instant in the future)");
        }
        return value;
    }

    private static CorrectionKind kind(@Nullable String kind) {
        return Arrays.stream(CorrectionKind.values())
                .filter(k -> kind != null && k.name().equals(kind.toUpperCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> ApiProblem.invalid("kind", "Use correction, clarification or update"));
    }
}
