package news.dateline.imports.internal.ghost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A hand-written Mobiledoc (Ghost 1.x to 4.x) with every section kind and card renders to Ghost's card HTML. */
class MobiledocRendererTest {

    private static final String DOC = """
            {"version":"0.3.1","atoms":[["soft-return","",{}],["mention","@Zoë",{}]],
             "markups":[["strong"],["em"],["a",["href","https://example.org/a?x=1&y=2"]],["script"]],
             "cards":[
              ["image",{"src":"__GHOST_URL__/content/images/x.jpg","alt":"An alt","caption":"A <b>caption</b>",
                        "cardWidth":"full","href":"https://example.org/big"}],
              ["markdown",{"markdown":"Some **bold** text\\n\\n- a\\n- b"}],
              ["hr",{}],
              ["code",{"code":"if (a < b) {}","language":"js"}],
              ["html",{"html":"<div class=\\"raw\\">raw</div>"}],
              ["paywall",{}],
              ["gallery",{"images":[{"src":"g1.jpg","alt":"g1","row":0},{"src":"g2.jpg","alt":"g2","row":0},
                                    {"src":"g3.jpg","alt":"g3","row":1}],"caption":"Three"}],
              ["bookmark",{"url":"https://example.org/x","metadata":{"title":"T","description":"D","publisher":"P"}}],
              ["embed",{"url":"https://www.youtube.com/watch?v=abc",
                        "html":"<iframe src=\\"https://www.youtube.com/embed/abc\\"></iframe>","caption":"Clip"}],
              ["callout",{"calloutEmoji":"💡","calloutText":"Tip","backgroundColor":"blue"}],
              ["toggle",{"heading":"Q?","content":"<p>A.</p>"}],
              ["button",{"buttonText":"Go","buttonUrl":"https://example.org/go","alignment":"left"}],
              ["signup",{"header":"Join us"}]],
             "sections":[
              [1,"p",[[0,[0],0,"Bold "],[0,[1],1,"both"],[0,[],1," plain"],[1,[],0,0],[0,[2],1,"link"],[1,[],0,1]]],
              [1,"H2",[[0,[],0,"A heading"]]],
              [3,"ul",[[[0,[],0,"one"]],[[0,[0],1,"two"]]]],
              [3,"ol",[[[0,[],0,"first"]]]],
              [1,"blockquote",[[0,[],0,"Quote"]]],
              [1,"aside",[[0,[],0,"Aside"]]],
              [10,0],[10,1],[10,2],[10,3],[10,4],[10,5],[10,6],[10,7],[10,8],[10,9],[10,10],[10,11],[10,12],[10,99],
              [2,"__GHOST_URL__/content/images/section.jpg"],
              [1,"p",[[0,[3],1,"<unknown markup>"]]],
              [1,"p",[]]
             ]}""";

    @Test
    void sectionsAndMarkers() {
        String html = MobiledocRenderer.render(DOC);
        assertThat(html).startsWith("<p><strong>Bold <em>both</em> plain</strong><br>"
                + "<a href=\"https://example.org/a?x=1&amp;y=2\">link</a>@Zoë</p><h2>A heading</h2>"
                + "<ul><li>one</li><li><strong>two</strong></li></ul><ol><li>first</li></ol>"
                + "<blockquote>Quote</blockquote><blockquote class=\"kg-blockquote-alt\">Aside</blockquote>");
        assertThat(html).endsWith("<img src=\"__GHOST_URL__/content/images/section.jpg\" alt=\"\">"
                + "<p><span>&lt;unknown markup&gt;</span></p>");
    }

    @Test
    void everyCard() {
        String html = MobiledocRenderer.render(DOC);
        Element body = Jsoup.parseBodyFragment(html).body();
        assertThat(body.select("figure.kg-image-card.kg-width-full a[href=https://example.org/big] img.kg-image")
                .attr("src")).isEqualTo("__GHOST_URL__/content/images/x.jpg");
        assertThat(body.select("figure.kg-image-card figcaption").html()).isEqualTo("A <b>caption</b>");
        assertThat(html).contains("<!--kg-card-begin: markdown--><p>Some <strong>bold</strong> text</p>\n<ul>\n<li>a</li>");
        assertThat(body.select("hr")).hasSize(1);
        assertThat(body.select("figure.kg-code-card pre code.language-js").text()).isEqualTo("if (a < b) {}");
        assertThat(html).contains("<!--kg-card-begin: html-->\n<div class=\"raw\">raw</div>\n<!--kg-card-end: html-->")
                .containsOnlyOnce("<!--members-only-->");
        assertThat(body.select(".kg-gallery-card .kg-gallery-row")).hasSize(2);
        assertThat(body.select(".kg-gallery-card img").eachAttr("src")).containsExactly("g1.jpg", "g2.jpg", "g3.jpg");
        assertThat(body.select(".kg-bookmark-card a.kg-bookmark-container").attr("href")).isEqualTo("https://example.org/x");
        assertThat(body.select(".kg-bookmark-card .kg-bookmark-title").text()).isEqualTo("T");
        assertThat(body.select(".kg-bookmark-card .kg-bookmark-description").text()).isEqualTo("D");
        assertThat(body.select(".kg-embed-card iframe").attr("src")).isEqualTo("https://www.youtube.com/embed/abc");
        assertThat(body.select(".kg-callout-card-blue .kg-callout-emoji").text()).isEqualTo("💡");
        assertThat(body.select(".kg-toggle-card .kg-toggle-heading-text").text()).isEqualTo("Q?");
        assertThat(body.select(".kg-toggle-card .kg-toggle-content p").text()).isEqualTo("A.");
        assertThat(body.select(".kg-button-card.kg-align-left a.kg-btn").attr("href")).isEqualTo("https://example.org/go");
        assertThat(html).contains("<!-- unknown ghost card: signup --><p>Join us</p>")
                .contains("<!-- unknown ghost card: missing-card -->");
    }

    @Test
    void aMobiledocWithoutSectionsIsRefused() {
        assertThatThrownBy(() -> MobiledocRenderer.render("{\"version\":\"0.3.1\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("its Mobiledoc body has no sections");
        assertThatThrownBy(() -> MobiledocRenderer.render("{\"sections\":[]} trailing"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("its body is not valid JSON");
    }
}
