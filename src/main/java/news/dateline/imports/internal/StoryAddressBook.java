package news.dateline.imports.internal;

import news.dateline.imports.OldAddress;
import news.dateline.imports.internal.addresses.OldAddressRepository;
import news.dateline.imports.internal.source.SourcePost;
import org.springframework.stereotype.Component;

/**
 * Records the old addresses of imported stories: the post's URL (its percent-encoded and decoded forms are one
 * address, see {@link OldAddressRepository#normalize}) and WordPress's {@code ?p=ID}.
 */
@Component
class StoryAddressBook {

    private final OldAddressRepository addresses;

    StoryAddressBook(OldAddressRepository addresses) {
        this.addresses = addresses;
    }

    /** The old site's own feeds ({@code /feed/}, {@code /rss/}) lead to Dateline's site feed. */
    void siteFeeds() {
        for (String feed : new String[] {"/feed/", "/feed/rss2/", "/feed/atom/", "/rss/"}) {
            addresses.record(feed, "", "", new OldAddress(OldAddress.Kind.FEED, 0, ""));
        }
    }

    void story(SourcePost post, long id, RunContext run) {
        OldAddress.Kind kind = post.kind() == SourcePost.Kind.PAGE ? OldAddress.Kind.PAGE : OldAddress.Kind.STORY;
        OldAddress target = new OldAddress(kind, id, "");
        if (!post.oldUrl().isBlank() && !OldAddressRepository.normalize(post.oldUrl()).equals("/")) {
            addresses.record(post.oldUrl(), "", "", target);
        }
        if (run.platform.equals("wordpress") && post.sourceId().matches("[0-9]{1,18}")) {
            addresses.record("/", kind == OldAddress.Kind.PAGE ? "page_id" : "p", post.sourceId(), target);
        }
    }
}
