package news.dateline.imports.internal.body;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The addresses that become embeds, in the form a reader shares them. */
class EmbedsTest {

    @ParameterizedTest
    @CsvSource({
        "https://www.youtube.com/watch?v=aqz-KE-bpKQ, https://www.youtube.com/watch?v=aqz-KE-bpKQ",
        "https://m.youtube.com/watch?feature=share&v=aqz-KE-bpKQ&t=10, https://www.youtube.com/watch?v=aqz-KE-bpKQ",
        "https://youtu.be/aqz-KE-bpKQ?si=x, https://www.youtube.com/watch?v=aqz-KE-bpKQ",
        "https://www.youtube.com/shorts/aqz-KE-bpKQ, https://www.youtube.com/watch?v=aqz-KE-bpKQ",
        "https://www.youtube.com/embed/ScMzIvxBSi4?feature=oembed, https://www.youtube.com/watch?v=ScMzIvxBSi4",
        "https://vimeo.com/76979871, https://vimeo.com/76979871",
        "https://player.vimeo.com/video/76979871?h=abc, https://vimeo.com/76979871",
        "https://twitter.com/transit_example/status/1854000000000000000?s=20, "
                + "https://twitter.com/transit_example/status/1854000000000000000",
        "https://x.com/a/status/12345678, https://x.com/a/status/12345678",
        "https://www.instagram.com/reel/CxYz123/, https://www.instagram.com/reel/CxYz123/",
        "https://open.spotify.com/embed/track/4uLU6hMCjMI75M1A2tKUQC, "
                + "https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC",
        "http://www.tiktok.com/@user/video/7100000000000000000, https://www.tiktok.com/@user/video/7100000000000000000",
        "https://bsky.app/profile/a.bsky.social/post/3kabc, https://bsky.app/profile/a.bsky.social/post/3kabc",
        "https://mastodon.social/@newsdesk/111222333444, https://mastodon.social/@newsdesk/111222333444",
        "https://soundcloud.com/artist/track-name, https://soundcloud.com/artist/track-name"
    })
    void knownPlayersAndPosts(String url, String embed) {
        assertThat(Embeds.of(url)).contains(embed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/watch?v=aqz-KE-bpKQ", "https://www.youtube.com/",
        "https://twitter.com/someone", "javascript:alert(1)", "https://vimeo.com/about"})
    void otherAddressesAreNoEmbeds(String url) {
        assertThat(Embeds.of(url)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "//www.youtube.com/embed/ScMzIvxBSi4, https://www.youtube.com/watch?v=ScMzIvxBSi4",
        "https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fartist%2Ftrack, "
                + "https://soundcloud.com/artist/track"
    })
    void playersFromTheirIframes(String src, String embed) {
        assertThat(Embeds.ofPlayer(src)).contains(embed);
    }
}
