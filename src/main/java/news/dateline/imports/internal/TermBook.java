package news.dateline.imports.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.dateline.imports.internal.source.SourcePost;
import news.dateline.imports.internal.source.SourceTerm;

/**
 * The export's categories and tags by source id, and the rule that picks a story's section: its first category
 * (WordPress), else its first public tag (Ghost's primary tag), else none (the default section).
 */
final class TermBook {

    private final Map<String, SourceTerm> categories = new HashMap<>();
    private final Map<String, SourceTerm> tags = new HashMap<>();

    void add(SourceTerm term) {
        (term.kind() == SourceTerm.Kind.CATEGORY ? categories : tags).put(term.sourceId(), term);
    }

    Optional<SourceTerm> category(String sourceId) {
        return Optional.ofNullable(categories.get(sourceId));
    }

    Optional<SourceTerm> tag(String sourceId) {
        return Optional.ofNullable(tags.get(sourceId));
    }

    /** The term whose section the story goes in, if any. */
    Optional<SourceTerm> sectionTerm(SourcePost post) {
        for (String id : post.categoryIds()) {
            if (categories.containsKey(id)) {
                return Optional.of(categories.get(id));
            }
        }
        if (post.categoryIds().isEmpty()) {
            return post.tagIds().stream().map(tags::get).filter(t -> t != null && !t.internal()).findFirst();
        }
        return Optional.empty();
    }

    /** The term and its parents, outermost first (a loop in the parents stops at the first repeat). */
    List<SourceTerm> withParents(SourceTerm term) {
        List<SourceTerm> chain = new ArrayList<>();
        for (SourceTerm t = term; t != null && !chain.contains(t); t = categories.get(t.parentSourceId())) {
            chain.add(0, t);
        }
        return chain;
    }
}
