package news.dateline.accounts;

/**
 * What a newsroom account may do. Each role includes everything of the roles before it.
 * <ul>
 *   <li>contributor: writes and edits own drafts; cannot publish</li>
 *   <li>reporter: as contributor, and submits stories for editing</li>
 *   <li>editor: edits anyone's story; publishes, schedules, embargoes, unpublishes, kills, corrects;
 *       manages sections and people</li>
 *   <li>admin: everything, plus accounts and site settings</li>
 * </ul>
 */
public enum Role {
    CONTRIBUTOR("Contributor"),
    REPORTER("Reporter"),
    EDITOR("Editor"),
    ADMIN("Admin");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The role a form names (any case); refused with {@link AccountException} (field {@code role}) otherwise. */
    public static Role named(String value) {
        String typed = value == null ? "" : value.strip();
        return java.util.Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(typed)).findFirst()
                .orElseThrow(() -> new AccountException("role", "Choose a role"));
    }

    public String label() {
        return label;
    }

    public boolean atLeast(Role other) {
        return compareTo(other) >= 0;
    }

    public boolean maySubmit() {
        return atLeast(REPORTER);
    }

    public boolean mayEditOthers() {
        return atLeast(EDITOR);
    }

    public boolean mayPublish() {
        return atLeast(EDITOR);
    }

    public boolean mayManageDesk() {
        return atLeast(EDITOR);
    }

    public boolean mayAdminister() {
        return this == ADMIN;
    }

    /** The Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }
}
