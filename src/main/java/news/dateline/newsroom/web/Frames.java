package news.dateline.newsroom.web;

import jakarta.servlet.http.HttpServletRequest;
import news.dateline.accounts.Account;
import news.dateline.newsroom.Desk;
import news.dateline.platform.SiteSettings;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/** Builds the newsroom frame for the signed-in account. */
@Component
public class Frames {

    private final Desk desk;
    private final SiteSettings settings;

    Frames(Desk desk, SiteSettings settings) {
        this.desk = desk;
        this.settings = settings;
    }

    public NewsroomFrame frame(String title, String current, HttpServletRequest request) {
        Account me = desk.me();
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return new NewsroomFrame(title, settings.name(), me.displayName(), me.role().label(), me.role().mayManageDesk(),
                me.role().mayAdminister(), current, csrf == null ? "_csrf" : csrf.getParameterName(),
                csrf == null ? "" : csrf.getToken());
    }
}
