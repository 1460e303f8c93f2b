package news.dateline.newsroom.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import news.dateline.accounts.Accounts;
import news.dateline.accounts.PasswordResets;
import news.dateline.accounts.SignedInSessions;
import news.dateline.accounts.TwoFactor;
import news.dateline.articles.Articles;
import news.dateline.media.MediaDesk;
import news.dateline.media.MediaLibrary;
import news.dateline.people.People;
import news.dateline.platform.SiteSettings;
import news.dateline.sections.Sections;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * The web slice of the newsroom's media, desk and staff screens (the story screens have {@link NewsroomWebSlice}): their controllers and page builders and the
 * newsroom's error advice on MockMvc, every facade a Mockito mock. Every subclass shares this one Spring context, so
 * keep the annotations and mocks here.
 */
@WebMvcTest(useDefaultFilters = false, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = {
        "news\\.dateline\\.newsroom\\.web\\.(media|desk|staff)\\.[A-Za-z]+(Controller|Pages|Rows)",
        "news\\.dateline\\.newsroom\\.web\\.NewsroomErrors"}))
public abstract class StaffScreensSlice {

    @Autowired
    protected MockMvc mvc;

    /** The response redirects to {@code expected}, compared after decoding its query (as the browser shows it). */
    protected static ResultMatcher redirectedTo(String expected) {
        return result -> assertThat(URLDecoder.decode(String.valueOf(result.getResponse().getRedirectedUrl()),
                StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @MockitoBean
    protected Frames frames;
    @MockitoBean
    protected StoryRows storyRows;
    @MockitoBean
    protected SiteSettings settings;
    @MockitoBean
    protected MediaDesk mediaDesk;
    @MockitoBean
    protected MediaLibrary mediaLibrary;
    @MockitoBean
    protected Articles articles;
    @MockitoBean
    protected Sections sections;
    @MockitoBean
    protected People people;
    @MockitoBean
    protected Accounts accounts;
    @MockitoBean
    protected PasswordResets resets;
    @MockitoBean
    protected SignedInSessions sessions;
    @MockitoBean
    protected TwoFactor twoFactor;
}
