package news.dateline.site.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Renders error pages, always as HTML: for exceptions raised in controllers (via {@link SiteErrors}) and for errors
 * the servlet container reports itself at {@code /error} (malformed addresses, oversized uploads and the like).
 * {@code /error} asked for directly is an address like any other with nothing at it: a 404.
 */
@Controller
class ErrorPages implements ErrorController {

    private final PageFrame frame;
    private final String maxFileSize;

    ErrorPages(PageFrame frame, @Value("${spring.servlet.multipart.max-file-size:}") String maxFileSize) {
        this.frame = frame;
        this.maxFileSize = maxFileSize;
    }

    @RequestMapping("/error")
    String containerError(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer i && i >= 400 ? i : 404;
        return render(code, null, response, model);
    }

    String render(int status, String message, HttpServletResponse response, Model model) {
        response.setStatus(status);
        if (status == 404) {
            model.addAttribute("page", new NotFoundPage(frame.error("Page not found"),
                    message != null ? message : "There is nothing at this address."));
            return "site/notfound";
        }
        String heading = switch (status) {
            case 410 -> "This story has been removed";
            case 413 -> "That upload is too large";
            default -> status >= 500 ? "Something went wrong" : "We could not handle that request";
        };
        String text = message != null ? message : switch (status) {
            case 405 -> "This address cannot be used that way.";
            case 410 -> "It was withdrawn and is no longer available.";
            case 413 -> "Nothing was saved. " + (maxFileSize.isBlank() ? "" : "Each file can be at most " + maxFileSize
                    + ". ") + "Go back and choose a smaller file.";
            default -> status >= 500 ? "Something went wrong on our side. Please try again in a moment."
                    : "The address or request was not valid.";
        };
        model.addAttribute("page", new ErrorPage(frame.error(heading), heading, text));
        return "site/error";
    }
}
