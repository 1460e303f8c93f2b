package news.dateline.site.web;

/** Nothing public lives at the requested address. */
class NotFoundException extends RuntimeException {

    NotFoundException(String message) {
        super(message, null, false, false);
    }
}
