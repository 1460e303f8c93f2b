package news.dateline.api.admin;

import java.time.Instant;
import java.util.Objects;
import news.dateline.accounts.Role;
import news.dateline.api.ApiCaller;
import news.dateline.api.ApiProblem;
import news.dateline.articles.Article;
import news.dateline.articles.ArticleWorkflow;
import news.dateline.articles.Articles;
import news.dateline.articles.CorrectionKind;
import news.dateline.articles.EditConflictException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stories through the Admin API: each call checks the token's role as the newsroom checks a person's
 * ({@link StoryRights}), runs in one transaction (a refused call changes nothing) and is recorded in the story's
 * history as the integration's.
 */
@Service
class AdminStories {

    private final Articles articles;
    private final ArticleWorkflow workflow;
    private final StoryOwners owners;
    private final StoryContent content;

    AdminStories(Articles articles, ArticleWorkflow workflow, StoryOwners owners, StoryContent content) {
        this.articles = articles;
        this.workflow = workflow;
        this.owners = owners;
        this.content = content;
    }

    @Transactional
    Article file(ApiCaller caller, StoryInput input) {
        caller.require(Role.CONTRIBUTOR);
        Article filed = articles.file(content.of(input), caller.staff());
        owners.own(filed.id(), caller.integrationId());
        return filed;
    }

    @Transactional(readOnly = true)
    Article open(ApiCaller caller, long id) {
        Role role = caller.require(Role.CONTRIBUTOR);
        Article story = find(id);
        if (!StoryRights.mayOpen(role, owns(caller, id))) {
            throw ApiProblem.notFound("No such story");
        }
        return story;
    }

    @Transactional
    Article save(ApiCaller caller, long id, @Nullable Integer version, StoryInput input) {
        Article story = open(caller, id);
        if (version == null) {
            throw ApiProblem.invalid("version", "Send the version the change started from");
        }
        if (!StoryRights.mayEdit(caller.require(Role.CONTRIBUTOR), owns(caller, id), story.status())) {
            throw ApiProblem.forbidden("This token may not edit this story (" + story.status().label() + ")");
        }
        try {
            return articles.save(id, version, content.of(input), caller.staff(), false);
        } catch (EditConflictException stale) {
            throw new ApiProblem(409, "Edit conflict", "The story changed since version " + version
                    + "; its current version is " + stale.current().version(),
                    java.util.Map.of("version", String.valueOf(stale.current().version())), null);
        }
    }

    @Transactional
    Article submit(ApiCaller caller, long id) {
        Article story = open(caller, id);
        if (!StoryRights.maySubmit(caller.require(Role.CONTRIBUTOR), owns(caller, id), story.status())) {
            throw ApiProblem.forbidden("This token may not submit this story (" + story.status().label() + ")");
        }
        return workflow.submit(id);
    }

    @Transactional
    Article publish(ApiCaller caller, long id) {
        editorial(caller, id);
        return workflow.publish(id);
    }

    @Transactional
    Article schedule(ApiCaller caller, long id, @Nullable Instant at) {
        editorial(caller, id);
        return workflow.schedule(id, at);
    }

    @Transactional
    Article embargo(ApiCaller caller, long id, @Nullable Instant until) {
        editorial(caller, id);
        return workflow.embargo(id, until);
    }

    @Transactional
    Article unpublish(ApiCaller caller, long id) {
        editorial(caller, id);
        return workflow.unpublish(id);
    }

    @Transactional
    Article kill(ApiCaller caller, long id) {
        editorial(caller, id);
        return workflow.kill(id);
    }

    @Transactional
    Article correct(ApiCaller caller, long id, @Nullable CorrectionKind kind, @Nullable String text) {
        editorial(caller, id);
        return workflow.correct(id, kind, text, caller.staff());
    }

    private void editorial(ApiCaller caller, long id) {
        open(caller, id);
        if (!StoryRights.mayRunWorkflow(caller.require(Role.CONTRIBUTOR))) {
            throw ApiProblem.forbidden("Only an editor's or admin's token may move a story through the workflow");
        }
    }

    private Article find(long id) {
        return articles.byId(id).orElseThrow(() -> ApiProblem.notFound("No such story"));
    }

    private boolean owns(ApiCaller caller, long id) {
        return owners.owner(id).filter(owner -> Objects.equals(owner, caller.integrationId())).isPresent();
    }
}
