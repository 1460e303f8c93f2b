package news.dateline.site.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Friendly error pages: an unknown section, story, person or page number is a 404 page with the
 * site's navigation; anything unexpected is logged and shown as a plain apology, never a stack trace.
 */
@ControllerAdvice
class SiteErrors {

    private static final Logger log = LoggerFactory.getLogger(SiteErrors.class);

    private final PageFrame frame;

    SiteErrors(PageFrame frame) {
        this.frame = frame;
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, HttpServletResponse response, Model model) {
        return page(response, model, HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    String noSuchAddress(HttpServletResponse response, Model model) {
        return page(response, model, HttpStatus.NOT_FOUND, "There is nothing at this address.");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    String methodNotAllowed(HttpServletResponse response, Model model) {
        return page(response, model, HttpStatus.METHOD_NOT_ALLOWED, "This address cannot be used that way.");
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, HttpServletResponse response, Model model) {
        log.error("Could not serve a public page", e);
        return page(response, model, HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Please try again in a moment.");
    }

    private String page(HttpServletResponse response, Model model, HttpStatus status, String message) {
        response.setStatus(status.value());
        model.addAttribute("page", new NotFoundPage(frame.notFound(), message));
        return "site/notfound";
    }
}
