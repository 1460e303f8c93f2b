package news.dateline.newsroom.web;

import static org.mockito.Mockito.when;

import gg.jte.springframework.boot.autoconfigure.JteAutoConfiguration;
import gg.jte.springframework.boot.autoconfigure.ServletJteAutoConfiguration;
import java.time.Instant;
import java.time.ZoneId;
import news.dateline.accounts.Account;
import news.dateline.accounts.Role;
import news.dateline.articles.ArticleWorkflow;
import news.dateline.media.MediaLibrary;
import news.dateline.newsroom.Desk;
import news.dateline.newsroom.NewsroomAnalytics;
import news.dateline.newsroom.NewsroomSearch;
import news.dateline.people.People;
import news.dateline.platform.SiteSettings;
import news.dateline.sections.Sections;
import news.dateline.site.ArticlePreviews;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The ONE web-slice configuration of the newsroom's controllers: the newsroom's web classes (controllers, page
 * builders, the shared frame, rows and error pages) with real JTE templates, in front of mocked facades, and no
 * database, search index or security filters. Every newsroom slice test extends this class, so they all share one
 * Spring context (another include pattern or another mock would start another one: widen this class instead).
 */
@WebMvcTest(useDefaultFilters = false, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = "news\\.dateline\\.newsroom\\.web\\.(stories\\..*|analytics\\..*|editor\\..*|Frames|StoryRows|NewsroomErrors)"))
@AutoConfigureMockMvc(addFilters = false)
@ImportAutoConfiguration({JteAutoConfiguration.class, ServletJteAutoConfiguration.class})
@Import(NewsroomWebSlice.Settings.class)
public abstract class NewsroomWebSlice {

    /** The signed-in account the facades answer for: an editor. */
    protected static final Account EDITOR = new Account(7, "editor-slice", "Eda Editor", "eda@example.org", Role.EDITOR,
            true, null, Instant.parse("2026-01-01T00:00:00Z"));

    @Autowired
    protected MockMvcTester mvc;
    @MockitoBean
    protected Desk desk;
    @MockitoBean
    protected NewsroomSearch search;
    @MockitoBean
    protected NewsroomAnalytics analytics;
    @MockitoBean
    protected MediaLibrary media;
    @MockitoBean
    protected ArticleWorkflow workflow;
    @MockitoBean
    protected ArticlePreviews previews;
    @MockitoBean
    protected Sections sections;
    @MockitoBean
    protected People people;

    @BeforeEach
    void signIn() {
        when(desk.me()).thenReturn(EDITOR);
    }

    /** The publication's settings (imported, not a nested configuration, so that no test class detects it). */
    static class Settings {

        @Bean
        SiteSettings siteSettings() {
            return new SiteSettings("The Slice Times", "http://localhost", "en", ZoneId.of("Europe/London"), "{source}");
        }
    }
}
