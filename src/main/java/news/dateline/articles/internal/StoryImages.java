package news.dateline.articles.internal;

import java.util.List;
import news.dateline.articles.Article;
import news.dateline.media.Image;
import news.dateline.media.ImageUses;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Stories (any state) use a library image as their hero or inline in the body. */
@Component
@Order(2)
public class StoryImages implements ImageUses {

    private final ArticleRepository repository;

    public StoryImages(ArticleRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<String> usersOf(Image image) {
        return repository.findUsingImage(image.id(), image.storageKey()).stream().map(Article::headline).toList();
    }

    @Override
    public String refusal(List<String> users) {
        return "This image is used by: " + String.join("; ", users.stream().map(h -> "“" + h + "”").toList())
                + ". Replace it there first.";
    }
}
