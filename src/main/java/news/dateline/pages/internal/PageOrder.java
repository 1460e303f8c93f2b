package news.dateline.pages.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import news.dateline.pages.StaticPage;

/** The order of the footer and the newsroom list: top-level pages by menu order, each followed by its children. */
public final class PageOrder {

    private static final Comparator<StaticPage> SIBLINGS = Comparator.comparingInt(StaticPage::menuOrder)
            .thenComparing(StaticPage::title, String.CASE_INSENSITIVE_ORDER).thenComparingLong(StaticPage::id);

    private PageOrder() {
    }

    /** {@code pages} ordered; a child whose parent is not among them follows the top-level pages. */
    public static List<StaticPage> of(List<StaticPage> pages) {
        List<StaticPage> top = pages.stream().filter(StaticPage::isTopLevel).sorted(SIBLINGS).toList();
        List<StaticPage> ordered = new ArrayList<>();
        for (StaticPage parent : top) {
            ordered.add(parent);
            pages.stream().filter(p -> Objects.equals(p.parentId(), parent.id())).sorted(SIBLINGS).forEach(ordered::add);
        }
        pages.stream().filter(p -> !ordered.contains(p)).sorted(SIBLINGS).forEach(ordered::add);
        return List.copyOf(ordered);
    }
}
