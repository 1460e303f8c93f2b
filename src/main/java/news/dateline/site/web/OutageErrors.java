package news.dateline.site.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import news.dateline.platform.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The database is unreachable: a public page that is not in the page cache is answered 503 with
 * {@code Retry-After} and a "back in a moment" page (cached pages and stored images are served without the
 * database). Newsroom requests are left to the newsroom, which keeps the text being sent.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class OutageErrors {

    private static final Logger log = LoggerFactory.getLogger(OutageErrors.class);

    private final PageFrame frame;

    OutageErrors(PageFrame frame) {
        this.frame = frame;
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
            RecoverableDataAccessException.class, QueryTimeoutException.class, CannotCreateTransactionException.class})
    String unavailable(Exception e, HttpServletRequest request, HttpServletResponse response, Model model) throws Exception {
        if (request.getRequestURI().startsWith("/newsroom")) {
            throw e;
        }
        log.warn("Database unavailable: answered {} {} with 503 ({})", request.getMethod(), request.getRequestURI(), e.toString());
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        String heading = "Back in a moment";
        model.addAttribute("page", new ErrorPage(frame.unavailable(heading), heading,
                "This page cannot be shown just now because our database is unavailable. Please try again in a minute."));
        return "site/error";
    }
}
