package news.dateline.sections.internal;

import news.dateline.sections.Section;
import org.jspecify.annotations.Nullable;

/** The one-level rule: a parent is a top-level section, never the section itself, and a parent gets no parent. */
public final class SectionParents {

    private SectionParents() {
    }

    /** Refuses with {@link IllegalArgumentException} (a sentence for the newsroom) when {@code section} may not sit there. */
    public static void check(SectionRepository repository, @Nullable Section section, @Nullable Long parentId) {
        if (parentId == null) {
            return;
        }
        if (section != null && section.id() == parentId) {
            throw new IllegalArgumentException("A section cannot sit under itself");
        }
        Section parent = repository.findById(parentId)
                .orElseThrow(() -> new IllegalArgumentException("The parent section no longer exists"));
        if (!parent.isTopLevel()) {
            throw new IllegalArgumentException(parent.name() + " is itself under another section: sections go one"
                    + " level deep, so choose a top-level section as the parent");
        }
        if (section != null && repository.countChildren(section.id()) > 0) {
            throw new IllegalArgumentException(section.name() + " has sections under it, so it cannot go under another"
                    + " (sections go one level deep)");
        }
    }
}
