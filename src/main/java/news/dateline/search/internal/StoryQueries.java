package news.dateline.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.dateline.search.Audience;
import news.dateline.search.SearchQuery;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Builds Lucene queries from parsed text (never from query syntax): every word must match in some field, each
 * field weighted ({@link StoryFields#WEIGHTS}); phrases must match in order; the fuzzy variant also accepts
 * unknown words within one or two edits of known ones, for misspelt names.
 */
final class StoryQueries {

    private static final float TIE_BREAKER = 0.1f;
    private static final float FUZZY_WEIGHT = 0.4f;
    /** Few expansions per misspelt word keep the whole query far below Lucene's clause limit (1024). */
    private static final int FUZZY_EXPANSIONS = 10;
    private static final java.util.Set<String> FUZZY_FIELDS = java.util.Set.of(StoryFields.HEADLINE, StoryFields.BYLINES,
            StoryFields.STANDFIRST, StoryFields.BODY);

    private final Analyzer analyzer;
    private final QueryBuilder phrases;

    StoryQueries(Analyzer analyzer) {
        this.analyzer = analyzer;
        this.phrases = new QueryBuilder(analyzer);
    }

    /** The exact text query, or null when nothing searchable is left (only stop words such as "the"). */
    @Nullable Query text(QueryText text) {
        return text(text, token -> true);
    }

    /**
     * The text query where words the index does not know ({@code known} is false) may also match similar
     * spellings; words it knows stay exact, so "rates" never drifts to "race" while "Sobyanim" finds "Sobyanin".
     */
    @Nullable Query text(QueryText text, java.util.function.Predicate<String> known) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        for (String word : text.words()) {
            for (String token : analyze(word)) {
                all.add(word(token, !known.test(token)), Occur.MUST);
                clauses++;
            }
        }
        for (String phrase : text.phrases()) {
            Query query = phrase(phrase);
            if (query != null) {
                all.add(query, Occur.MUST);
                clauses++;
            }
        }
        return clauses == 0 ? null : all.build();
    }

    /** The query with the filters: visibility for readers, then section, person, dates, state and owner. */
    static Query filtered(Query text, SearchQuery query, Instant now) {
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(text, Occur.MUST);
        if (query.audience() == Audience.PUBLIC) {
            q.add(new TermQuery(new Term(StoryFields.STATUS, "PUBLISHED")), Occur.FILTER);
            q.add(LongPoint.newRangeQuery(StoryFields.PUBLISHED, Long.MIN_VALUE, now.toEpochMilli()), Occur.FILTER);
        }
        if (query.status() != null) {
            q.add(new TermQuery(new Term(StoryFields.STATUS, query.status().name())), Occur.FILTER);
        }
        if (query.ownerAccountId() != null) {
            q.add(new TermQuery(new Term(StoryFields.OWNER, query.ownerAccountId().toString())), Occur.FILTER);
        }
        if (query.sectionId() != null) {
            q.add(new TermQuery(new Term(StoryFields.SECTION_ID, query.sectionId().toString())), Occur.FILTER);
        }
        if (query.personId() != null) {
            q.add(new TermQuery(new Term(StoryFields.PERSON_ID, query.personId().toString())), Occur.FILTER);
        }
        if (query.from() != null || query.until() != null) {
            long from = query.from() == null ? Long.MIN_VALUE : query.from().toEpochMilli();
            long until = query.until() == null ? Long.MAX_VALUE : query.until().toEpochMilli() - 1;
            q.add(LongPoint.newRangeQuery(StoryFields.PUBLISHED, from, until), Occur.FILTER);
        }
        return q.build();
    }

    private static Query word(String token, boolean fuzzy) {
        List<Query> fields = new ArrayList<>();
        int edits = token.length() >= 6 ? 2 : token.length() >= 4 ? 1 : 0;
        for (Map.Entry<String, Float> field : StoryFields.WEIGHTS.entrySet()) {
            Term term = new Term(field.getKey(), token);
            fields.add(new BoostQuery(new TermQuery(term), field.getValue()));
            if (fuzzy && edits > 0 && FUZZY_FIELDS.contains(field.getKey())) {
                fields.add(new BoostQuery(new FuzzyQuery(term, edits, 1, FUZZY_EXPANSIONS, true),
                        field.getValue() * FUZZY_WEIGHT));
            }
        }
        return new DisjunctionMaxQuery(fields, TIE_BREAKER);
    }

    private @Nullable Query phrase(String phrase) {
        List<Query> fields = new ArrayList<>();
        for (Map.Entry<String, Float> field : StoryFields.WEIGHTS.entrySet()) {
            Query query = phrases.createPhraseQuery(field.getKey(), phrase);
            if (query != null) {
                fields.add(new BoostQuery(query, field.getValue()));
            }
        }
        return fields.isEmpty() ? null : new DisjunctionMaxQuery(fields, TIE_BREAKER);
    }

    /** The indexed forms of a word (lowercased, stemmed; none for a stop word). */
    private List<String> analyze(String word) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(StoryFields.BODY, word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
