package news.dateline.media;

import java.util.List;

/**
 * Who uses a library image, asked before it is deleted: a small contract that the modules showing images implement
 * (stories as hero or inline picture, people as portrait), so the library depends on none of them. The first
 * implementation (in {@link org.springframework.core.annotation.Order} order) that names users refuses the deletion.
 */
public interface ImageUses {

    /** What here shows {@code image}, each named for an editor (a headline, a person's name); empty when nothing does. */
    List<String> usersOf(Image image);

    /** The sentence refusing the deletion while {@code users} (never empty) show the image. */
    String refusal(List<String> users);
}
