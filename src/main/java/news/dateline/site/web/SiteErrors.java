package news.dateline.site.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Friendly error pages, always HTML: an unknown section, story, person or page number is a 404 page with the
 * site's navigation, a killed story a 410; a request at fault is a 4xx page, logged at most as one line at DEBUG;
 * anything unexpected is logged and shown as a plain apology, never a stack trace.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class SiteErrors {

    private static final Logger log = LoggerFactory.getLogger(SiteErrors.class);

    private final ErrorPages pages;
    private final OldAddressRedirects oldAddresses;

    SiteErrors(ErrorPages pages, OldAddressRedirects oldAddresses) {
        this.pages = pages;
        this.oldAddresses = oldAddresses;
    }

    /** Nothing here: an imported site's old address answers with a 301 to its new one, anything else is a 404. */
    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return oldAddresses.redirect(request).orElseGet(() ->
                new ModelAndView(pages.render(HttpStatus.NOT_FOUND.value(), e.getMessage(), response, model)));
    }

    @ExceptionHandler(GoneException.class)
    String gone(GoneException e, HttpServletResponse response, Model model) {
        return pages.render(HttpStatus.GONE.value(), e.getMessage(), response, model);
    }

    /** Query or form bytes that are not UTF-8 ({@code ?q=%ff}): the container refuses to read the parameters. */
    @ExceptionHandler(InvalidParameterException.class)
    String unreadableParameters(InvalidParameterException e, HttpServletRequest request, HttpServletResponse response,
                                Model model) {
        int status = e.getErrorCode() >= 400 && e.getErrorCode() < 500 ? e.getErrorCode() : HttpStatus.BAD_REQUEST.value();
        log.debug("Refused {} {}: unreadable parameters ({})", request.getMethod(), request.getRequestURI(), status);
        return pages.render(status, status == HttpStatus.BAD_REQUEST.value()
                ? "The address or form contains characters that could not be read." : null, response, model);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletResponse response, Model model) {
        return pages.render(HttpStatus.CONTENT_TOO_LARGE.value(), null, response, model);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ModelAndView noSuchAddress(HttpServletRequest request, HttpServletResponse response, Model model) {
        return oldAddresses.redirect(request).orElseGet(() ->
                new ModelAndView(pages.render(HttpStatus.NOT_FOUND.value(), null, response, model)));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    String methodNotAllowed(HttpServletResponse response, Model model) {
        return pages.render(HttpStatus.METHOD_NOT_ALLOWED.value(), null, response, model);
    }

    /** Malformed parameters, missing fields, unreadable bodies: the request is at fault, not the server. */
    @ExceptionHandler({TypeMismatchException.class, ServletRequestBindingException.class,
            HttpMessageNotReadableException.class, HttpMediaTypeException.class, MultipartException.class})
    String badRequest(HttpServletResponse response, Model model) {
        return pages.render(HttpStatus.BAD_REQUEST.value(), null, response, model);
    }

    @ExceptionHandler(ResponseStatusException.class)
    String status(ResponseStatusException e, HttpServletResponse response, Model model) {
        return pages.render(e.getStatusCode().value(), e.getReason(), response, model);
    }

    /** The reader went away while the answer was written: nothing to answer, nothing to report. */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void readerLeft(HttpServletResponse response) {
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (e instanceof ErrorResponse refused && refused.getStatusCode().is4xxClientError()) {
            log.debug("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
            return pages.render(refused.getStatusCode().value(), null, response, model);
        }
        log.error("Could not serve a public page", e);
        return pages.render(HttpStatus.INTERNAL_SERVER_ERROR.value(), null, response, model);
    }
}
