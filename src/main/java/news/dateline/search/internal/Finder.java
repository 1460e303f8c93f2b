package news.dateline.search.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.dateline.search.SearchOrder;
import news.dateline.search.SearchQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Runs a search on the index alone (no database): exact words first, and when they find fewer than
 * {@link #FEW} stories, words spelt similarly too. Returns story ids in order with a highlighted passage each.
 */
final class Finder {

    /** Exact matching "finds little" below this many stories: then similar spellings are tried as well. */
    static final int FEW = 3;
    /** Deepest page served; beyond it people are asked to refine the search. */
    static final int MAX_DEPTH = 500;

    private static final Sort BEST = new Sort(SortField.FIELD_SCORE, new SortField(StoryFields.FRESH, SortField.Type.LONG, true));
    private static final Sort NEWEST = new Sort(new SortField(StoryFields.FRESH, SortField.Type.LONG, true), SortField.FIELD_SCORE);

    /** What the index found: ids of one page (best first) with their passages, and how many match in all. */
    record Found(List<Long> ids, Map<Long, String> snippets, long total, boolean similarSpellings) {
        static final Found NOTHING = new Found(List.of(), Map.of(), 0, false);
    }

    private final SearchIndex index;
    private final StoryQueries queries;

    Finder(SearchIndex index) {
        this.index = index;
        this.queries = new StoryQueries(index.analyzer());
    }

    /** With no text (a newsroom listing by filters alone) every story the filters allow matches, newest first. */
    Found find(QueryText text, SearchQuery query, Instant now) throws IOException {
        boolean everything = text.isEmpty();
        Query exact = everything ? new MatchAllDocsQuery() : queries.text(text);
        if (exact == null) {
            return Found.NOTHING;
        }
        IndexSearcher searcher = index.acquire();
        try {
            Query chosen = StoryQueries.filtered(exact, query, now);
            long total = searcher.count(chosen);
            boolean similar = false;
            if (total < FEW && !text.words().isEmpty()) {
                Query fuzzy = StoryQueries.filtered(queries.text(text, token -> known(searcher, token)), query, now);
                long fuzzyTotal = searcher.count(fuzzy);
                if (fuzzyTotal > total) {
                    similar = total == 0;
                    chosen = fuzzy;
                    total = fuzzyTotal;
                }
            }
            int start = (query.page() - 1) * query.pageSize();
            if (start >= total || start >= MAX_DEPTH) {
                return new Found(List.of(), Map.of(), total, similar);
            }
            int end = (int) Math.min(Math.min(total, start + query.pageSize()), MAX_DEPTH);
            TopDocs top = searcher.search(chosen, end, everything || query.order() == SearchOrder.NEWEST ? NEWEST : BEST, true);
            ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(start, top.scoreDocs.length), top.scoreDocs.length);
            return new Found(ids(searcher, page), everything ? Map.of() : snippets(searcher, chosen, page), total, similar);
        } finally {
            index.release(searcher);
        }
    }

    /** Whether any story has this (analyzed) word in any text field. */
    private static boolean known(IndexSearcher searcher, String token) {
        try {
            for (String field : StoryFields.WEIGHTS.keySet()) {
                if (searcher.getIndexReader().docFreq(new org.apache.lucene.index.Term(field, token)) > 0) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Long> ids(IndexSearcher searcher, ScoreDoc[] page) throws IOException {
        var stored = searcher.storedFields();
        List<Long> ids = new ArrayList<>();
        for (ScoreDoc doc : page) {
            ids.add(Long.parseLong(stored.document(doc.doc, Set.of(StoryFields.ID)).get(StoryFields.ID)));
        }
        return ids;
    }

    /** A passage of the body with the matches marked, else of the standfirst; empty when neither matched. */
    private Map<Long, String> snippets(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
        Map<Long, String> snippets = new LinkedHashMap<>();
        if (page.length == 0) {
            return snippets;
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, index.analyzer())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(20_000)
                .withMaxNoHighlightPassages(0)
                .withHandleMultiTermQuery(true)
                .build();
        TopDocs docs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
        String[] body = highlighter.highlight(StoryFields.BODY, query, docs, 1);
        String[] standfirst = highlighter.highlight(StoryFields.STANDFIRST, query, docs, 1);
        List<Long> ids = ids(searcher, page);
        for (int i = 0; i < page.length; i++) {
            String snippet = body[i] != null ? body[i] : standfirst[i];
            snippets.put(ids.get(i), snippet == null ? "" : snippet.strip());
        }
        return snippets;
    }
}
