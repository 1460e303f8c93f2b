package news.dateline.newsroom.web.stories;

import java.util.List;
import news.dateline.newsroom.web.Option;

/** The story filter form as shown: the text typed, and the choices with the current ones selected. */
public record FilterForm(String query, List<Option> sections, List<Option> people, List<Option> statuses,
                         List<Option> orders) {
}
