package news.dateline.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import news.dateline.demo.art.Illustrations;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The demo's illustrations are image files in resources, one per key the demo names, at the demo's sizes. */
class DemoImagesTest {

    @Test
    void everyStoryImageAndPortraitTheDemoNamesIsAFileOfItsSize() {
        assertThat(DemoContent.readStories()).allSatisfy(story -> {
            var pixels = DemoContent.pixels(story.image());
            assertThat(pixels.getWidth()).as(story.image()).isEqualTo(2400);
            assertThat(pixels.getHeight()).as(story.image()).isEqualTo(1350);
        });
        assertThat(DemoContent.readPeople()).allSatisfy(person -> {
            var pixels = DemoContent.pixels(person.photo());
            assertThat(pixels.getWidth()).as(person.photo()).isEqualTo(800);
            assertThat(pixels.getHeight()).as(person.photo()).isEqualTo(800);
        });
    }

    /** Regenerated files replace the old ones: the folder holds what the generator draws, nothing more or less. */
    @Test
    void theImageFilesAreExactlyTheGeneratorsIllustrations() throws Exception {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:" + DemoContent.IMAGES + "*");
        assertThat(Arrays.stream(files).map(Resource::getFilename))
                .containsExactlyInAnyOrderElementsOf(Illustrations.keys().stream().map(key -> key + ".jpg").toList());
        assertThat(Stream.concat(DemoContent.readStories().stream().map(DemoStory::image),
                DemoContent.readPeople().stream().map(DemoPerson::photo)).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(Illustrations.keys());
    }

    @Test
    void anUnknownImageIsNamedInTheError() {
        assertThatThrownBy(() -> DemoContent.pixels("no-such-illustration"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-illustration");
    }
}
