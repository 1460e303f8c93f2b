package news.dateline.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.zaxxer.hikari.HikariDataSource;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import news.dateline.accounts.NotPermittedException;
import news.dateline.accounts.Role;
import news.dateline.accounts.SignedInStaff;
import news.dateline.articles.HeroImage;
import news.dateline.articles.NewArticle;
import news.dateline.articles.Staff;
import news.dateline.articles.Stories;
import news.dateline.articles.internal.ArticleRepository;
import news.dateline.articles.internal.StoryImages;
import news.dateline.media.internal.ImageInspector;
import news.dateline.media.internal.ImageRepository;
import news.dateline.media.internal.Renditions;
import news.dateline.media.storage.FilesystemStorage;
import news.dateline.people.internal.PersonRepository;
import news.dateline.people.internal.Portraits;
import news.dateline.platform.ChangeJournal;
import news.dateline.support.Database;
import news.dateline.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;
import org.springframework.util.unit.DataSize;

/** The newsroom's rules for library images (rights, the delete guard, one-transaction edits), on SQLite and PostgreSQL. */
class MediaDeskPersistenceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-05-08T06:30:00Z"));
    private HikariDataSource dataSource;
    private JdbcClient jdbc;
    private MediaLibrary library;
    private MediaDesk desk;

    private void open(Database database) throws Exception {
        dataSource = database.fresh();
        jdbc = JdbcClient.create(dataSource);
        library = new MediaLibrary(new ImageRepository(jdbc, clock),
                new Renditions(new FilesystemStorage(Files.createTempDirectory("dateline-media-desk")), false),
                new ImageInspector(DataSize.ofMegabytes(25), 50_000_000), new ChangeJournal(jdbc, clock, event -> { }));
        desk = transactional(new MediaDesk(library, SignedInStaff.accounts(jdbc, clock),
                List.of(new Portraits(new PersonRepository(jdbc)), new StoryImages(new ArticleRepository(jdbc)))));
    }

    /** The desk as the application has it: its {@code @Transactional} methods run in a transaction on this database. */
    private MediaDesk transactional(MediaDesk target) {
        var factory = new ProxyFactory(target);
        factory.setProxyTargetClass(true);
        factory.addAdvice(new TransactionInterceptor(new DataSourceTransactionManager(dataSource),
                new AnnotationTransactionAttributeSource()));
        return (MediaDesk) factory.getProxy();
    }

    @AfterEach
    void close() {
        SignedInStaff.signOut();
        if (dataSource != null) {
            dataSource.close();
        }
    }

    private static byte[] png() throws Exception {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private Image uploaded() throws Exception {
        return library.upload(png(), new NewImage("Original caption", "Original alt", new ImageCredit("Wire", "")), "Someone");
    }

    private long insert(String sql, Object... params) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private static ImageEdit edit(String caption, String focalX) {
        return new ImageEdit(caption, "New alt", "New Agency", "", "", "", "", focalX, "40");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anUploadWithoutEmbeddedCaptionIsDescribedByItsFileNameForAnyStaffMember(Database database) throws Exception {
        open(database);
        SignedInStaff.signIn(jdbc, Role.CONTRIBUTOR, clock);
        var uploaded = desk.upload(List.of(new MediaDesk.Upload("harbour-at-dawn.png", png()),
                new MediaDesk.Upload("notes.txt", "not a picture".getBytes())));
        assertThat(uploaded.added()).singleElement().satisfies(image -> {
            assertThat(image.altText()).isEqualTo("Photo harbour-at-dawn");
            assertThat(image.uploadedBy()).isEqualTo("The Contributor");
        });
        assertThat(uploaded.refused()).singleElement().asString().startsWith("notes.txt: ");
        assertThat(uploaded.mayEdit()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aReporterCannotChangeOrDeleteAnImage(Database database) throws Exception {
        open(database);
        Image image = uploaded();
        SignedInStaff.signIn(jdbc, Role.REPORTER, clock);
        assertThatThrownBy(() -> desk.edit(image.id(), edit("Forged caption", "10")))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("Only editors change an image's caption, credit, alt text and focal point");
        assertThatThrownBy(() -> desk.delete(image.id()))
                .isInstanceOf(NotPermittedException.class).hasMessage("Only editors delete images");
        assertThat(library.find(image.id())).hasValueSatisfying(unchanged -> {
            assertThat(unchanged.caption()).isEqualTo("Original caption");
            assertThat(unchanged.credit().source()).isEqualTo("Wire");
        });
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anEditWithABadFocalPointChangesNothing(Database database) throws Exception {
        open(database);
        Image image = uploaded();
        SignedInStaff.signIn(jdbc, Role.EDITOR, clock);
        assertThatThrownBy(() -> desk.edit(image.id(), edit("A new caption", "left")))
                .isInstanceOf(ImageRejected.class).hasMessage("The focal point is given in percent, from 0 to 100");
        Image unchanged = library.find(image.id()).orElseThrow();
        assertThat(unchanged.caption()).isEqualTo("Original caption");
        assertThat(unchanged.altText()).isEqualTo("Original alt");
        assertThat(unchanged.focalX()).isEqualTo(image.focalX());

        Image saved = desk.edit(image.id(), edit("A new caption", "25"));
        assertThat(saved.caption()).isEqualTo("A new caption");
        assertThat(saved.credit().source()).isEqualTo("New Agency");
        assertThat(saved.focalX()).isCloseTo(0.25, within(1e-6));
        assertThat(saved.focalY()).isCloseTo(0.40, within(1e-6)); // PostgreSQL REAL is a float
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anImageAPersonsPortraitOrAStoryShowsIsNotDeleted(Database database) throws Exception {
        open(database);
        Image portrait = uploaded();
        Image hero = uploaded();
        Image unused = uploaded();
        new PersonRepository(jdbc).insert("Ada Portrait", "ada-portrait", "", portrait.id());
        long section = insert("INSERT INTO sections (name, slug, position) VALUES (?, ?, ?)", "World", "world", 1);
        long person = insert("INSERT INTO people (display_name, slug) VALUES (?, ?)", "Maria Okafor", "maria-okafor");
        Stories.articles(jdbc, clock, event -> { }).file(new NewArticle("Harbour reopens", null, "", "Body.", section,
                List.of(person), List.of(), new HeroImage(hero.id(), null)), new Staff(null, "Maria Okafor"));
        SignedInStaff.signIn(jdbc, Role.EDITOR, clock);

        assertThatThrownBy(() -> desk.delete(portrait.id())).isInstanceOf(ImageRejected.class)
                .hasMessage("This image is the photo of Ada Portrait. Choose another photo there first.");
        assertThatThrownBy(() -> desk.delete(hero.id())).isInstanceOf(ImageRejected.class)
                .hasMessage("This image is used by: “Harbour reopens”. Replace it there first.");
        assertThat(library.find(portrait.id())).isPresent();
        assertThat(library.find(hero.id())).isPresent();

        desk.delete(unused.id());
        assertThat(library.find(unused.id())).isEmpty();
    }
}
