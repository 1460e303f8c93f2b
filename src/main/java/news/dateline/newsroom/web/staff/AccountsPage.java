package news.dateline.newsroom.web.staff;

import java.util.List;
import java.util.Map;
import news.dateline.newsroom.web.NewsroomFrame;
import news.dateline.newsroom.web.Option;
import org.jspecify.annotations.Nullable;

/** Account administration (admins only): the accounts, and a form to create one. */
public record AccountsPage(NewsroomFrame frame, @Nullable String notice, Map<String, String> errors, Map<String, String> values,
                           List<AccountRow> accounts, List<Option> roles, List<Option> people) {

    public record AccountRow(long id, String username, String displayName, String roleKey, String roleLabel,
                             boolean active, List<Option> roles) {
    }

    public @Nullable String error(String field) {
        return errors.get(field);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }
}
