package news.dateline.api.ninjs;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import news.dateline.api.ApiProblem;
import news.dateline.articles.Article;
import news.dateline.articles.StoryStream;
import news.dateline.pagecache.KeyedPage;
import news.dateline.pagecache.PageKeys;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * A public story as ninjs 3.1 ({@value #NINJS}) at {@code /api/v1/stories/{id}.ninjs}. Not yet by {@code Accept} at
 * the Content API's address: a {@code produces} mapping there also wins for {@code Accept: *}{@code /*}. Same visibility as the site: drafts,
 * embargoed and unpublished stories are 404, killed ones 410; cached as pages, with a strong ETag.
 */
@Controller
@RequestMapping("/api/v1/stories")
class NinjsController {

    static final String NINJS = "application/ninjs+json";

    private final StoryStream stream;
    private final NinjsDocuments documents;
    private final JsonMapper json = JsonMapper.builder().build();

    NinjsController(StoryStream stream, NinjsDocuments documents) {
        this.stream = stream;
        this.documents = documents;
    }

    @GetMapping("/{id}.ninjs")
    KeyedPage<ResponseEntity<byte[]>> bySuffix(@PathVariable String id) {
        return story(id);
    }

    private KeyedPage<ResponseEntity<byte[]>> story(String id) {
        long storyId = id.length() < 19 && !id.isEmpty() && id.chars().allMatch(Character::isDigit)
                ? Long.parseLong(id) : -1;
        Article story = (storyId < 0 ? java.util.Optional.<Article>empty() : stream.byId(storyId)).orElseThrow(() ->
                storyId >= 0 && stream.availability(storyId) == StoryStream.Availability.GONE
                        ? new ApiProblem(410, "Gone", "This story was withdrawn and is no longer available", Map.of(), null)
                        : ApiProblem.notFound("There is no public story here"));
        var keys = PageKeys.builder();
        byte[] body = json.writeValueAsBytes(documents.document(story, keys));
        return keys.build().on(ResponseEntity.ok().contentType(MediaType.parseMediaType(NINJS))
                .eTag("\"" + digest(body) + "\"")
                .cacheControl(CacheControl.maxAge(Duration.ZERO).cachePublic().sMaxAge(Duration.ofMinutes(5)))
                .body(body));
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
