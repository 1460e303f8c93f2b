package news.dateline.api.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import news.dateline.accounts.Account;
import news.dateline.accounts.Role;
import news.dateline.articles.Article;
import news.dateline.articles.ArticleBody;
import news.dateline.articles.ArticleStatus;
import news.dateline.newsroom.EditorialRights;
import org.junit.jupiter.api.Test;

/** A token's rights are a person's rights: checked against the newsroom's rules for every role, state and owner. */
class StoryRightsTest {

    private static final long ME = 7;

    @Test
    void aTokenMayDoExactlyWhatAPersonOfItsRoleMay() {
        int checked = 0;
        for (Role role : Role.values()) {
            Account person = new Account(ME, "u", "U", "u@example.org", role, true, null, Instant.EPOCH);
            for (ArticleStatus status : ArticleStatus.values()) {
                for (boolean owns : new boolean[] {true, false}) {
                    Article story = story(status, owns ? ME : ME + 1);
                    String at = role + " " + status + (owns ? " own" : " other's");
                    assertThat(StoryRights.mayOpen(role, owns)).as(at).isEqualTo(EditorialRights.mayOpen(person, story));
                    assertThat(StoryRights.mayEdit(role, owns, status)).as(at)
                            .isEqualTo(EditorialRights.mayEdit(person, story));
                    assertThat(StoryRights.maySubmit(role, owns, status)).as(at)
                            .isEqualTo(EditorialRights.maySubmit(person, story));
                    assertThat(StoryRights.mayRunWorkflow(role)).as(at).isEqualTo(EditorialRights.mayRunWorkflow(person));
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(Role.values().length * ArticleStatus.values().length * 2);
        assertThat(StoryRights.mayRunWorkflow(Role.CONTRIBUTOR)).isFalse();
        assertThat(StoryRights.mayRunWorkflow(Role.EDITOR)).isTrue();
    }

    private static Article story(ArticleStatus status, long owner) {
        return new Article(1, "s", "H", "", new ArticleBody(""), 1, List.of(1L), List.of(), null, status, null, null,
                Instant.EPOCH, Instant.EPOCH, 1, null, "", "", owner);
    }
}
