package news.dateline.people;

import org.jspecify.annotations.Nullable;

/** A person as the newsroom's form sends it: name, slug (empty: derived from the name; ignored on a change) and bio. */
public record PersonForm(@Nullable String name, @Nullable String slug, @Nullable String bio) {
}
