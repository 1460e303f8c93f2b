package news.dateline.demo.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import news.dateline.articles.ArticleWorkflow;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import news.dateline.articles.Articles;
import news.dateline.articles.HeroImage;
import news.dateline.articles.NewArticle;
import news.dateline.media.Image;
import news.dateline.media.ImageCredit;
import news.dateline.media.MediaLibrary;
import news.dateline.media.NewImage;
import news.dateline.people.People;
import news.dateline.people.Person;
import news.dateline.sections.Section;
import news.dateline.sections.Sections;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Loads the demo newspaper: seven sections, five people with illustrated portraits, and the demo stories
 * (the seed article first) with illustrations that go through the same media pipeline as uploads. The
 * illustrations are image files in {@code demo/images/} (made once by {@code MakeDemoArt} in the test sources),
 * named by the key the story's {@code image} or the person's {@code photo} gives.
 * Sections, people and stories are written in one transaction, so a failed load leaves no half site.
 */
@Component
public class DemoContent {

    static final List<String> SECTIONS = List.of("World", "Politics", "Business", "Technology", "Science", "Sport", "Opinion");
    static final String IMAGES = "demo/images/";

    private final Sections sections;
    private final People people;
    private final MediaLibrary media;
    private final Articles articles;
    private final ArticleWorkflow workflow;
    private final DemoReadership readership;
    private final TransactionTemplate transaction;

    DemoContent(Sections sections, People people, MediaLibrary media, Articles articles, ArticleWorkflow workflow,
                DemoReadership readership, TransactionTemplate transaction) {
        this.sections = sections;
        this.people = people;
        this.media = media;
        this.articles = articles;
        this.workflow = workflow;
        this.readership = readership;
        this.transaction = transaction;
    }

    /** Loads the demo content; returns the number of stories loaded. */
    public int load() {
        List<DemoPerson> staff = readPeople();
        List<DemoStory> stories = readStories();
        Map<String, Image> images = addImages(staff, stories);
        return transaction.execute(status -> {
            Map<String, Section> sectionsByName = new HashMap<>();
            for (int i = 0; i < SECTIONS.size(); i++) {
                sectionsByName.put(SECTIONS.get(i), sections.create(SECTIONS.get(i), null, (i + 1) * 10));
            }
            Map<String, Person> peopleByName = new HashMap<>();
            for (DemoPerson p : staff) {
                peopleByName.put(p.name(), people.create(p.name(), p.slug(), p.bio(), images.get(p.photo()).id()));
            }
            for (DemoStory story : stories) {
                Section section = require(sectionsByName, story.section(), "section");
                List<Long> bylines = story.bylines().stream().map(n -> require(peopleByName, n, "person").id()).toList();
                Image image = images.get(story.image());
                var filed = articles.file(new NewArticle(story.headline(), story.slug(), story.standfirst(),
                        story.body(), section.id(), bylines, story.tags(), new HeroImage(image.id(), null)));
                workflow.publishAsOf(filed.id(), story.published());
                if (story.updated() != null) {
                    articles.markUpdated(filed.id(), story.updated());
                }
                readership.record(filed.id(), story.views(), story.published());
            }
            return stories.size();
        });
    }

    private Map<String, Image> addImages(List<DemoPerson> staff, List<DemoStory> stories) {
        Map<String, Image> images = new ConcurrentHashMap<>();
        Stream.concat(
                staff.stream().map(p -> new Illustration(p.photo(),
                        new NewImage("", "Illustrated portrait of " + p.name(), new ImageCredit("Dateline Graphics", "")))),
                stories.stream().map(s -> new Illustration(s.image(),
                        new NewImage(s.imageCaption(), s.imageAlt(), new ImageCredit(s.imageCredit(), s.imagePhotographer()),
                                s.imageCopyright(), s.imageLicense(), s.imageAcquireLicense()))))
                .toList().parallelStream()
                .forEach(i -> images.put(i.key(), media.add(pixels(i.key()), i.metadata())));
        return images;
    }

    private record Illustration(String key, NewImage metadata) {
    }

    /** The pixels of {@code demo/images/<key>.jpg}. */
    static BufferedImage pixels(String key) {
        String path = IMAGES + key + ".jpg";
        try (InputStream in = DemoContent.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Demo content names an unknown image: " + key + " (no " + path + ")");
            }
            ImageReader reader = ImageIO.getImageReadersByFormatName("jpeg").next();
            try (ImageInputStream stream = new MemoryCacheImageInputStream(in)) {
                reader.setInput(stream, true, true);
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo image " + path, e);
        }
    }

    private static <T> T require(Map<String, T> byName, String name, String what) {
        T value = byName.get(name);
        if (value == null) {
            throw new IllegalStateException("Demo content names an unknown " + what + ": " + name);
        }
        return value;
    }

    static List<DemoStory> readStories() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:demo/articles/*.md");
            List<DemoStory> stories = new ArrayList<>();
            for (Resource file : Arrays.stream(files).sorted(Comparator.comparing(Resource::getFilename)).toList()) {
                try (InputStream in = file.getInputStream()) {
                    stories.add(DemoStory.parse(file.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            return stories;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo stories", e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<DemoPerson> readPeople() {
        try (InputStream in = new PathMatchingResourcePatternResolver().getResource("classpath:demo/people.yaml").getInputStream()) {
            List<Map<String, Object>> entries = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return entries.stream().map(e -> new DemoPerson(String.valueOf(e.get("name")), String.valueOf(e.get("slug")),
                    String.valueOf(e.get("bio")), String.valueOf(e.get("photo")))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo people", e);
        }
    }
}
