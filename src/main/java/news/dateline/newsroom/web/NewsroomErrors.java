package news.dateline.newsroom.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.NoSuchElementException;
import news.dateline.accounts.AccountException;
import news.dateline.accounts.NotPermittedException;
import news.dateline.articles.ArticleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Newsroom refusals: a role that does not allow an action is a 403 page; a missing story is a 404 page. */
@ControllerAdvice(basePackages = "news.dateline.newsroom")
@Order(Ordered.HIGHEST_PRECEDENCE)
class NewsroomErrors {

    private static final Logger log = LoggerFactory.getLogger(NewsroomErrors.class);

    private final Frames frames;

    NewsroomErrors(Frames frames) {
        this.frames = frames;
    }

    @ExceptionHandler(NotPermittedException.class)
    String forbidden(NotPermittedException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        log.warn("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        return page(403, "Not allowed", e.getMessage(), request, response, model);
    }

    @ExceptionHandler(NoSuchElementException.class)
    String missing(NoSuchElementException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return page(404, "Not found", "There is no such story or revision.", request, response, model);
    }

    @ExceptionHandler({ArticleException.class, AccountException.class, UnknownPeriodException.class})
    String refused(RuntimeException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return page(400, "That did not work", e.getMessage(), request, response, model);
    }

    private String page(int status, String title, String message, HttpServletRequest request, HttpServletResponse response,
                        Model model) {
        response.setStatus(status);
        model.addAttribute("page", new MessagePage(frames.frame(title, "", request), title, message));
        return "newsroom/message";
    }
}
