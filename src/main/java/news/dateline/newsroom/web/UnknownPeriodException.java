package news.dateline.newsroom.web;

/** An analytics address named a period that does not exist. */
public class UnknownPeriodException extends RuntimeException {

    public UnknownPeriodException(String period) {
        super("There is no period called \"" + (period.length() > 20 ? period.substring(0, 20) + "…" : period)
                + "\". Choose today, 7d or 30d.");
    }
}
