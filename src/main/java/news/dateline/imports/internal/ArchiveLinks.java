package news.dateline.imports.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import news.dateline.articles.Articles;
import news.dateline.imports.OldAddress;
import news.dateline.imports.OldAddresses;
import news.dateline.imports.internal.addresses.OldAddressRepository;
import news.dateline.imports.internal.body.BodyLinks;
import news.dateline.pages.StaticPages;
import news.dateline.people.People;
import news.dateline.platform.Slug;
import news.dateline.sections.Sections;

/**
 * What a body's conversion asks while one story is imported: its pictures come from the library (imported on first
 * use), its links to the old site lead to the new addresses of what they pointed at. A link to something not imported
 * yet is kept as it is and the story is marked for the second pass.
 */
final class ArchiveLinks implements BodyLinks {

    private final RunContext run;
    private final ImageImport images;
    private final OldAddressRepository addresses;
    private final Articles articles;
    private final Sections sections;
    private final People people;
    private final StaticPages pages;
    private boolean unresolved;

    ArchiveLinks(RunContext run, ImageImport images, OldAddressRepository addresses, Articles articles,
                 Sections sections, People people, StaticPages pages) {
        this.run = run;
        this.images = images;
        this.addresses = addresses;
        this.articles = articles;
        this.sections = sections;
        this.people = people;
        this.pages = pages;
    }

    @Override
    public Optional<String> image(String url) {
        if (url.startsWith("wp-attachment:")) {
            var item = run.mediaItem(url.substring("wp-attachment:".length()));
            return item == null ? Optional.empty()
                    : images.attachment(item, run).map(image -> image.url(image.widthFor(1024)));
        }
        return images.byUrl(url, "", "", run).map(image -> image.url(image.widthFor(1024)));
    }

    @Override
    public String link(String url) {
        String relative = ownPath(url);
        if (relative == null) {
            return url;
        }
        Map<String, String> query = query(relative);
        Optional<OldAddress> target = Optional.empty();
        for (String key : OldAddresses.QUERY_KEYS) {
            if (target.isEmpty() && query.containsKey(key)) {
                target = addresses.find("/", key, query.get(key));
            }
        }
        if (target.isEmpty()) {
            target = addresses.find(OldAddressRepository.normalize(relative), "", "");
        }
        Optional<String> address = target.flatMap(this::address);
        if (address.isPresent()) {
            return address.get() + fragment(url);
        }
        if (!relative.matches("(?i)^/(wp-content|content|wp-includes|assets)/.*")) {
            unresolved = true;
        }
        return url;
    }

    /** Whether a link to a story not imported yet was kept as it was. */
    boolean unresolved() {
        return unresolved;
    }

    /** The current address of a target, as the public site builds it. */
    Optional<String> address(OldAddress target) {
        return switch (target.kind()) {
            case STORY -> articles.byId(target.id()).flatMap(a -> sections.byId(a.sectionId())
                    .map(s -> s.path() + "/" + Slug.encode(a.slug())));
            case SECTION -> sections.byId(target.id()).map(s -> s.path());
            case PERSON -> people.byId(target.id()).map(p -> p.path());
            case TAG -> Optional.of("/search?q=" + URLEncoder.encode(target.name(), StandardCharsets.UTF_8));
            case FEED -> Optional.empty(); // kept: the old feed address answers with a 301 (site knows the feeds)
            case PAGE -> pages.byId(target.id()).map(pages::path);
        };
    }

    /** The path and query of a link to the old site itself, or null for a link elsewhere. */
    private String ownPath(String url) {
        String u = url.strip();
        if (u.startsWith("__GHOST_URL__")) {
            return orRoot(u.substring("__GHOST_URL__".length()));
        }
        String base = run.baseUrl();
        if (!base.isBlank()) {
            String bare = base.replaceFirst("(?i)^https?:", "");
            for (String prefix : new String[] {base, "http:" + bare, "https:" + bare, bare}) {
                if (u.regionMatches(true, 0, prefix, 0, prefix.length())
                        && (u.length() == prefix.length() || "/?#".indexOf(u.charAt(prefix.length())) >= 0)) {
                    return orRoot(u.substring(prefix.length()));
                }
            }
        }
        return u.startsWith("/") && !u.startsWith("//") ? u : null;
    }

    private static String orRoot(String path) {
        return path.isEmpty() || path.startsWith("?") || path.startsWith("#") ? "/" + path : path;
    }

    private static Map<String, String> query(String relative) {
        Map<String, String> map = new HashMap<>();
        int q = relative.indexOf('?');
        if (q < 0) {
            return map;
        }
        String query = relative.substring(q + 1).replaceFirst("#.*$", "");
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                map.putIfAbsent(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return map;
    }

    private static String fragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? "" : url.substring(hash);
    }
}
