package news.dateline.people.internal;

import java.util.List;
import news.dateline.media.Image;
import news.dateline.media.ImageUses;
import news.dateline.people.Person;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** People's portraits are uses of library images: asked first, so a portrait is named before any story. */
@Component
@Order(1)
public class Portraits implements ImageUses {

    private final PersonRepository repository;

    public Portraits(PersonRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<String> usersOf(Image image) {
        return repository.findByPhoto(image.id()).stream().map(Person::displayName).toList();
    }

    @Override
    public String refusal(List<String> users) {
        return "This image is the photo of " + String.join(", ", users) + ". Choose another photo there first.";
    }
}
