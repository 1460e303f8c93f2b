package news.dateline.site.web;

/** Something was public at the requested address and has been removed for good (a killed story): a 410. */
class GoneException extends RuntimeException {

    GoneException(String message) {
        super(message, null, false, false);
    }
}
