package news.dateline.api.admin;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which integration filed a story (table {@code api_stories}). */
@Repository
class StoryOwners {

    private final JdbcClient jdbc;

    StoryOwners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void own(long articleId, long integrationId) {
        jdbc.sql("INSERT INTO api_stories (article_id, integration_id) VALUES (:article, :integration)")
                .param("article", articleId).param("integration", integrationId).update();
    }

    Optional<Long> owner(long articleId) {
        return jdbc.sql("SELECT integration_id FROM api_stories WHERE article_id = :article")
                .param("article", articleId).query(Long.class).optional();
    }
}
