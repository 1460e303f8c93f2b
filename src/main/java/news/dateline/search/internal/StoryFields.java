package news.dateline.search.internal;

import java.util.List;
import java.util.Map;
import news.dateline.articles.Article;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;

/** The index's fields, and how a story becomes a document. Change {@link #SCHEMA} when this changes. */
final class StoryFields {

    /** Stored with each commit; an index of another schema is rebuilt. */
    static final String SCHEMA = "1";

    static final String ID = "id";
    static final String HEADLINE = "headline";
    static final String STANDFIRST = "standfirst";
    static final String BODY = "body";
    static final String BYLINES = "bylines";
    static final String SECTION = "section";
    static final String TAGS = "tags";
    static final String STATUS = "status";
    static final String SECTION_ID = "section_id";
    static final String PERSON_ID = "person_id";
    static final String OWNER = "owner";
    /** First publication time in epoch ms (points, for the visibility and date filters). */
    static final String PUBLISHED = "published";
    /** First publication time, or the last change for a story never published (doc values, for sorting). */
    static final String FRESH = "fresh";

    /** Text fields and their weight: a match in the headline counts five times one in the body. */
    static final Map<String, Float> WEIGHTS = Map.of(HEADLINE, 5f, BYLINES, 3f, TAGS, 2.5f, STANDFIRST, 2f,
            SECTION, 1.5f, BODY, 1f);

    private StoryFields() {
    }

    static Document document(Article article, @Nullable String sectionName, List<String> bylineNames) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(article.id()), Field.Store.YES));
        doc.add(new TextField(HEADLINE, article.headline(), Field.Store.YES));
        doc.add(new TextField(STANDFIRST, article.standfirst(), Field.Store.YES));
        doc.add(new TextField(BODY, plainText(article), Field.Store.YES));
        doc.add(new TextField(BYLINES, String.join(", ", bylineNames), Field.Store.NO));
        doc.add(new TextField(SECTION, sectionName == null ? "" : sectionName, Field.Store.NO));
        doc.add(new TextField(TAGS, String.join(", ", article.tags()), Field.Store.NO));
        doc.add(new StringField(STATUS, article.status().name(), Field.Store.NO));
        doc.add(new StringField(SECTION_ID, Long.toString(article.sectionId()), Field.Store.NO));
        article.bylines().forEach(p -> doc.add(new StringField(PERSON_ID, Long.toString(p), Field.Store.NO)));
        if (article.ownerAccountId() != null) {
            doc.add(new StringField(OWNER, Long.toString(article.ownerAccountId()), Field.Store.NO));
        }
        if (article.firstPublishedAt() != null) {
            doc.add(new LongPoint(PUBLISHED, article.firstPublishedAt().toEpochMilli()));
        }
        var fresh = article.firstPublishedAt() != null ? article.firstPublishedAt() : article.modifiedAt();
        doc.add(new NumericDocValuesField(FRESH, fresh.toEpochMilli()));
        return doc;
    }

    /**
     * The body as readers read it: rendered, then stripped of markup, and without the click-to-load cards of embeds
     * (ADR 0020): their words ("YouTube", "Load video", "Loading it connects to…") are the card's chrome, not the
     * author's. A card holds nothing the author wrote (the address alone made it), so the whole card goes.
     */
    static String plainText(Article article) {
        var doc = Jsoup.parse(article.body().html());
        doc.select("figure[data-embed-provider]").remove();
        return doc.text();
    }
}
