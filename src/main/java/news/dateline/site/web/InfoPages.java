package news.dateline.site.web;

import news.dateline.media.InlineImages;
import news.dateline.pagecache.KeyedPage;
import news.dateline.pagecache.PageKeys;
import news.dateline.pages.StaticPage;
import news.dateline.pages.StaticPages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Builds the public page of a static page, at {@code /info/<slug>} or {@code /info/<parent>/<slug>}. */
@Component
class InfoPages {

    private final StaticPages pages;
    private final InlineImages inline;
    private final PageFrame frame;

    InfoPages(StaticPages pages, InlineImages inline, PageFrame frame) {
        this.pages = pages;
        this.inline = inline;
        this.frame = frame;
    }

    KeyedPage<InfoPage> page(@Nullable String parentSlug, String slug) {
        StaticPage page = pages.publicAt(parentSlug, slug)
                .orElseThrow(() -> new NotFoundException("There is no page at this address."));
        var keys = PageKeys.builder().add(PageKeys.page(page.id()));
        NavLink parent = null;
        if (page.parentId() != null) {
            keys.add(PageKeys.page(page.parentId()));
            parent = pages.byId(page.parentId()).filter(StaticPage::published)
                    .map(p -> new NavLink(p.title(), pages.path(p), false)).orElse(null);
        }
        var body = inline.figures(page.html(), ArticleParts.BODY_SIZES, ArticleParts.BODY_MAX_WIDTH);
        body.images().forEach(placed -> keys.add(PageKeys.image(placed.image().id())));
        var layout = frame.layout(page.title(), page.seoDescription(), pages.path(page), null, keys);
        return keys.page(new InfoPage(layout, parent, page.title(), body.html()));
    }
}
