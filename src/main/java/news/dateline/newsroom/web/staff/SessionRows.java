package news.dateline.newsroom.web.staff;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import news.dateline.accounts.SignedInSessions.OpenSession;
import news.dateline.platform.SiteSettings;
import org.springframework.stereotype.Component;

/** Session and time rows for the account pages, in the publication's time zone. */
@Component
class SessionRows {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd MMM yyyy, HH:mm", Locale.ENGLISH);

    private final SiteSettings settings;

    SessionRows(SiteSettings settings) {
        this.settings = settings;
    }

    List<SessionRow> rows(List<OpenSession> sessions) {
        return sessions.stream().map(s -> new SessionRow(s.handle(), when(s.createdAt()), when(s.lastUsedAt()),
                s.address().isEmpty() ? "unknown" : s.address(), s.userAgent().isEmpty() ? "unknown" : s.userAgent(),
                s.current())).toList();
    }

    String when(Instant instant) {
        return WHEN.format(instant.atZone(settings.timeZone()));
    }
}
