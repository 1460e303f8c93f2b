package news.dateline.media;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import news.dateline.accounts.Account;
import news.dateline.accounts.Accounts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newsroom's door to the image library: every action checks, on the server, the signed-in account's role.
 * Any staff member uploads; caption, credit, alt text and focal point go live on published stories, structured data
 * and feeds, so only editors change them or delete an image, and never one that something still shows
 * ({@link ImageUses}). {@link MediaLibrary} is the application's own, unchecked, access (demo, pages, renditions).
 */
@Service
public class MediaDesk {

    private final MediaLibrary library;
    private final Accounts accounts;
    private final List<ImageUses> uses;

    MediaDesk(MediaLibrary library, Accounts accounts, List<ImageUses> uses) {
        this.library = library;
        this.accounts = accounts;
        this.uses = List.copyOf(uses);
    }

    /** A file as uploaded: its name (for the default alt text) and bytes. */
    public record Upload(String fileName, byte[] bytes) {

        public Upload {
            fileName = fileName == null ? "image" : fileName;
        }
    }

    /**
     * What an upload added and what it refused ("name: reason"); {@code mayEdit} says whether the uploader may set the
     * new images' alt text, credit and focal point (an editor) or an editor checks them.
     */
    public record Uploaded(List<Image> added, List<String> refused, boolean mayEdit) {

        public Uploaded {
            added = List.copyOf(added);
            refused = List.copyOf(refused);
        }
    }

    /** Whether the signed-in account may change and delete library images. */
    public boolean mayEdit() {
        return accounts.requireSignedIn().role().mayManageDesk();
    }

    /** Adds each file (any staff member); files that are not a complete JPEG, PNG or WebP are refused by name. */
    public Uploaded upload(List<Upload> files) {
        Account me = accounts.requireSignedIn();
        List<Image> added = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Upload file : files) {
            try {
                added.add(library.upload(file.bytes(), file.fileName(), me.displayName()));
            } catch (ImageRejected e) {
                refused.add(file.fileName() + ": " + e.getMessage());
            }
        }
        return new Uploaded(added, refused, me.role().mayManageDesk());
    }

    /**
     * Changes an image's metadata and focal point (editors only) in one transaction: a field refused with
     * {@link ImageRejected} changes nothing.
     */
    @Transactional
    public Image edit(long id, ImageEdit edit) {
        accounts.requireDeskRights("Only editors change an image's caption, credit, alt text and focal point");
        require(id);
        NewImage metadata = edit.metadata();
        double x = edit.focalFractionX();
        double y = edit.focalFractionY();
        library.update(id, metadata);
        return library.setFocalPoint(id, x, y);
    }

    /**
     * Deletes an image and its files (editors only); refused with {@link ImageRejected} while a story or a person's
     * portrait shows it, naming them.
     */
    @Transactional
    public void delete(long id) {
        accounts.requireDeskRights("Only editors delete images");
        Image image = require(id);
        for (ImageUses use : uses) {
            List<String> users = use.usersOf(image);
            if (!users.isEmpty()) {
                throw new ImageRejected(use.refusal(users));
            }
        }
        library.delete(id);
    }

    private Image require(long id) {
        return library.find(id).orElseThrow(() -> new NoSuchElementException("No such image"));
    }
}
