package news.dateline.newsroom.web.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import news.dateline.articles.Article;
import news.dateline.articles.ArticleBody;
import news.dateline.articles.ArticleStatus;
import news.dateline.articles.EditConflictException;
import news.dateline.newsroom.web.NewsroomWebSlice;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The editor's addresses over a mocked desk: malformed forms are answered with the form or a 4xx page, never a 500. */
class EditorControllerTest extends NewsroomWebSlice {

    @Test
    void aMalformedNewStoryComesBackWithItsTextAndTheErrorAndFilesNothing() {
        Document page = html(mvc.post().uri("/newsroom/stories").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("headline", "Tide tables").param("section", "x").param("byline", "1").exchange());
        assertThat(page.select("#headline").text()).isEqualTo("Tide tables");
        assertThat(page.select(".nr-error").text()).contains("Choose a section");
        verify(desk, never()).file(any());
    }

    @Test
    void anUnknownCorrectionKindIsABadRequestPage() {
        MvcTestResult result = mvc.post().uri("/newsroom/stories/5/corrections")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("kind", "RETRACTION").param("text", "x").exchange();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(html(result).text()).contains("Choose correction, clarification or update");
        verify(desk, never()).correct(anyLong(), any(), anyString());
    }

    @Test
    void aMissingStoryOrRevisionIsANotFoundPage() {
        when(desk.open(404L)).thenThrow(new NoSuchElementException("No story with id 404"));
        assertThat(mvc.get().uri("/newsroom/stories/404").exchange().getResponse().getStatus()).isEqualTo(404);
        when(desk.open(5L)).thenReturn(story(5, "Ferry timetable", 3));
        MvcTestResult history = mvc.get().uri("/newsroom/stories/5/revisions?from=1&to=99").exchange();
        assertThat(history.getResponse().getStatus()).isEqualTo(404);
        assertThat(html(history).text()).contains("There is no such story or revision.");
    }

    @Test
    void aConflictingSaveShowsBothVersionsAndAConflictingAutosaveIsA409() throws Exception {
        Article theirs = story(6, "Their headline", 4);
        when(desk.open(6L)).thenReturn(theirs);
        when(desk.save(eq(6L), anyInt(), any(), anyBoolean())).thenThrow(new EditConflictException(theirs));
        Document page = html(mvc.post().uri("/newsroom/stories/6").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("version", "3").param("headline", "My headline").param("section", "1").param("byline", "1")
                .param("body", "My text.").exchange());
        assertThat(page.select(".nr-conflict h2").text()).isEqualTo("someone saved this story at 01 Mar 2026, 10:00 while you were editing");
        assertThat(page.select(".nr-version-headline").eachText()).containsExactly("Their headline", "My headline");

        when(desk.autosave(eq(6L), anyInt(), any())).thenThrow(new EditConflictException(theirs));
        var autosave = mvc.post().uri("/newsroom/stories/6/autosave").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("version", "3").param("headline", "My headline").param("section", "1").param("byline", "1")
                .exchange().getResponse();
        assertThat(autosave.getStatus()).isEqualTo(409);
        assertThat(autosave.getContentAsString()).contains("\"conflict\":true", "/newsroom/stories/6");
    }

    private static Document html(MvcTestResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Article story(long id, String headline, int version) {
        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        return new Article(id, "story-" + id, headline, "", new ArticleBody("Their text."), 1, List.of(1L), List.of(), null,
                ArticleStatus.DRAFT, null, null, at, at, version, null, "", "", EDITOR.id());
    }
}
