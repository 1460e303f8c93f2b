package news.dateline.api.ninjs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import news.dateline.api.ApiProblem;
import news.dateline.api.ninjs.WireStory.Byline;
import org.junit.jupiter.api.Test;

/** The IPTC's six agency examples (dpa, NTB, TT, AP and two of the IPTC's own) read as wire stories, and hostile input. */
class NinjsWireTest {

    @Test
    void dpaHtmlBodyBylineAndRights() {
        WireStory dpa = example("dpa_text.json");
        assertThat(dpa.uri()).isEqualTo("urn:newsml:dpa.com:20090101:190510-99-167362");
        assertThat(dpa.version()).isEqualTo("2");
        assertThat(dpa.headline()).isEqualTo("Faktencheck Derby-Elfmeter: Hat Schiedsrichter Zwayer recht?");
        assertThat(dpa.language()).isEqualTo("de");
        assertThat(dpa.bodyHtml()).startsWith("<section class=\"main\"><p>Für Lucien Favre war es «der größte Skandal");
        assertThat(dpa.bylines()).containsExactly(new Byline("Christian Hollmann", "author"), new Byline("dpa", "author"));
        assertThat(dpa.versionCreated()).isEqualTo(Instant.parse("2019-05-10T14:02:28Z"));
        assertThat(dpa.urgency()).isEqualTo(4);
        assertThat(dpa.status()).isEqualTo(WireStory.Status.USABLE);
        assertThat(dpa.pictures()).isEmpty();
    }

    @Test
    void ntbPlainLeadSubjectsAndNote() {
        WireStory ntb = example("ntb_text.json");
        assertThat(ntb.headline()).isEqualTo("Google har kjøpt giganttomt i Skien");
        assertThat(ntb.standfirst()).startsWith("IT-giganten Google har kjøpt en tomt på nærmere 2.000 mål i Skien");
        assertThat(ntb.language()).isEqualTo("nb-NO");
        assertThat(ntb.version()).isEqualTo("6");
        assertThat(ntb.tags()).containsExactly("Innenriks", "Teknologi", "Industri", "Olje og energi");
        assertThat(ntb.bylines()).extracting(Byline::name).containsExactly("NTB");
        assertThat(ntb.editorsNote()).isEqualTo("Noe utvidet.");
    }

    @Test
    void ttPlainTextBodyBecomesParagraphsAndItsPictureKeepsCreditAndRenditions() {
        WireStory tt = example("tt_text_image_3.json");
        assertThat(tt.headline()).isEqualTo("Militärövning i jätteformat hålls 2023");
        assertThat(tt.language()).isEqualTo("sv");
        assertThat(tt.bodyHtml()).startsWith("<article>").contains("<p>Pandemin satte stopp för den stora")
                .contains("<blockquote>Aurora 2023 kommer").doesNotContain("<html", "<head", "</body>");
        assertThat(tt.tags()).containsExactly("Krig, konflikter och oroligheter");
        assertThat(tt.urgency()).isEqualTo(3);
        assertThat(tt.pictures()).hasSize(1);
        WireStory.Picture picture = tt.pictures().get(0);
        assertThat(picture.credit()).isEqualTo("Karl Melander/TT");
        assertThat(picture.caption()).startsWith("En stor internationell försvarsövning planeras 2023");
        assertThat(picture.renditions().get(0)).isEqualTo(new WireStory.Rendition("r00",
                "https://beta.tt.se/media/text/210526-militarovning-a0f2d045/a001_NormalHires.jpg", "image/jpeg", 4724,
                3149, 10326191L));
        assertThat(picture.renditions().get(0).href())
                .isEqualTo("https://beta.tt.se/media/text/210526-militarovning-a0f2d045/a001_NormalHires.jpg");
        assertThat(picture.largest().width()).isEqualTo(4724);
    }

    @Test
    void apPictureWithCaptionCreditAndUsageTerms() {
        WireStory ap = example("ap_image.json");
        assertThat(ap.type()).isEqualTo("picture");
        assertThat(ap.headline()).isEqualTo("Turkey Islamic State");
        assertThat(ap.editorsNote()).isEqualTo("TURKEY OUT  NOV. 11, 2019 FILE PHOTO");
        assertThat(ap.pictures()).hasSize(1);
        WireStory.Picture picture = ap.pictures().get(0);
        assertThat(picture.credit()).isEqualTo("ASSOCIATED PRESS");
        assertThat(picture.caption()).startsWith("FILE - In this Monday, Nov. 11, 2019 file photo").endsWith("(DHA via AP, File)");
        assertThat(picture.usageTerms()).startsWith("This content is intended for editorial use only.");
        assertThat(picture.largest().width()).isEqualTo(3000);
        assertThat(picture.largest().height()).isEqualTo(2208);
        assertThat(picture.largest().sizeInBytes()).isEqualTo(4764958L);
    }

    @Test
    void linkedRightsBecomeThePicturesLicence() {
        WireStory picture = example("imageLinkedRights.json");
        WireStory.Picture only = picture.pictures().get(0);
        assertThat(picture.headline()).isEqualTo("MotoGP - Spain - Valentino Rossi");
        assertThat(only.licenseUrl()).isEqualTo("http://example.agency.com/rights/editorialUseOnly");
        assertThat(only.credit()).isEqualTo("John Smith");
        assertThat(only.caption()).startsWith("Valentino Rossi (46) of Italy and Petronas Yamaha SRT");
        assertThat(only.renditions().get(0).width()).isEqualTo(512);
        assertThat(only.renditions().get(0).height()).isEqualTo(342);
    }

    @Test
    void twoBylinesJoinedByAndAreTwoPeople() {
        WireStory simple = example("ninjsExSimpleText_3.json");
        assertThat(simple.headline()).isEqualTo("Captain of wrecked cruise ship on trial in Italy");
        assertThat(simple.bylines()).extracting(Byline::name).containsExactly("Paulo Santalucia", "Frances d'Emilio");
        assertThat(simple.bodyHtml()).startsWith("<p>GROSSETO, Italy (AP) -- The trial of the captain");
        assertThat(simple.language()).isEmpty();
    }

    @Test
    void withheldAndCanceledAndEmbargoAreRead() {
        WireStory canceled = read("{\"uri\":\"urn:x:1\",\"pubStatus\":\"canceled\",\"headlines\":[{\"value\":\"Зоë\"}],"
                + "\"embargoedUntil\":\"2030-01-01T10:00:00+01:00\"}");
        assertThat(canceled.status()).isEqualTo(WireStory.Status.CANCELED);
        assertThat(canceled.embargoedUntil()).isEqualTo(Instant.parse("2030-01-01T09:00:00Z"));
        assertThat(canceled.headline()).isEqualTo("Зоë");
        assertThat(read("{\"uri\":\"u\",\"pubStatus\":\"withheld\",\"headlines\":[{\"value\":\"h\"}]}").status())
                .isEqualTo(WireStory.Status.WITHHELD);
    }

    @Test
    void hostileDocumentsAreRefusedWithAReason() {
        refused("not json at all", "not valid JSON");
        refused("[1,2]", "a JSON object");
        refused("{\"uri\":\"u\",\"versioncreated\":\"2013-07-09T10:37:00Z\",\"headline\":\"old\"}", "ninjs 1.x/2.x");
        refused("{\"uri\":\"u\",\"associations\":{\"featureimage\":{}},\"headlines\":[{\"value\":\"h\"}]}", "is an object");
        refused("{\"uri\":\"u\",\"standard\":{\"name\":\"ninjs\",\"version\":\"2.1\"},\"headlines\":[{\"value\":\"h\"}]}",
                "ninjs 2.1");
        refused("{\"name\":\"a package.json\",\"version\":\"1.0.0\"}", "not a ninjs 3 document");
        refused("{\"uri\":\"u\",\"headlines\":[{\"value\":\"h\"}],\"urgency\":42}", "urgency");
        refused("{\"uri\":\"u\",\"bodies\":[{\"value\":\"b\"}]}", "headline");
        refused("{\"uri\":\"u\",\"headlines\":[{\"value\":\"h\"}]} trailing", "not valid JSON");
        refused("[".repeat(5_000) + "]".repeat(5_000), "not valid JSON");
        String huge = "{\"uri\":\"u\",\"headlines\":[{\"value\":\"" + "x".repeat(1_500_000) + "\"}]}";
        refused(huge, "not valid JSON");
        assertThatThrownBy(() -> NinjsWire.read(new byte[NinjsWire.MAX_BYTES + 1])).isInstanceOfSatisfying(
                ApiProblem.class, p -> assertThat(p.status()).isEqualTo(413));
    }

    private static void refused(String document, String reason) {
        assertThatThrownBy(() -> read(document)).isInstanceOfSatisfying(ApiProblem.class, problem -> {
            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.errors().get("document")).startsWith("Not a ninjs 3 document").contains(reason);
        });
    }

    private static WireStory read(String json) {
        return NinjsWire.read(json.getBytes(StandardCharsets.UTF_8));
    }

    static WireStory example(String name) {
        try (InputStream in = NinjsWireTest.class.getResourceAsStream("/ninjs/examples/" + name)) {
            return NinjsWire.read(in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
