package news.dateline.site.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Renders error pages: for exceptions raised in controllers (via {@link SiteErrors}) and for errors the
 * servlet container reports itself at {@code /error} (malformed addresses and the like).
 */
@Controller
class ErrorPages implements ErrorController {

    private final PageFrame frame;

    ErrorPages(PageFrame frame) {
        this.frame = frame;
    }

    @RequestMapping("/error")
    String containerError(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer i ? i : 500;
        return render(code, null, response, model);
    }

    String render(int status, String message, HttpServletResponse response, Model model) {
        response.setStatus(status);
        if (status == 404) {
            model.addAttribute("page", new NotFoundPage(frame.error("Page not found"),
                    message != null ? message : "There is nothing at this address."));
            return "site/notfound";
        }
        String heading = status >= 500 ? "Something went wrong" : "We could not handle that request";
        String text = status >= 500 ? "Something went wrong on our side. Please try again in a moment."
                : status == 405 ? "This address cannot be used that way." : "The address or request was not valid.";
        model.addAttribute("page", new ErrorPage(frame.error(heading), heading, text));
        return "site/error";
    }
}
