package news.dateline.newsroom.web;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.dateline.platform.ContentSecurityPolicy;
import news.dateline.platform.DatabaseOutage;
import news.dateline.platform.SiteSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The newsroom while the database is unavailable. Sessions, sign-in and every story live in the database, so a
 * newsroom request then fails wherever it first needs it: in the session filter, in sign-in or in a controller.
 * This filter sits outside all of them (before the session filter) and answers such a failure with 503 and
 * {@code Retry-After}: on the sign-in page with a clear message (and a way to try again, which then brings a fresh
 * form and CSRF token); for a sent form (a story being saved or
 * published) with the typed text, kept in a form that sends it again as it was (same version, so a colleague's
 * save in between is still reported as a conflict); for a script's request with a JSON message.
 */
@Component
@Order(Integer.MIN_VALUE + 40) // before Spring Session's SessionRepositoryFilter (Integer.MIN_VALUE + 50)
class OutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(OutageFilter.class);
    static final String KEPT = "The database is unavailable, your text is kept. Nothing was saved yet: send it again "
            + "once the database is back (usually within a minute); this page keeps it until then.";
    private static final Map<String, String> SHOWN = Map.of("headline", "Headline", "standfirst", "Standfirst",
            "body", "Story", "text", "Text", "seoTitle", "SEO title", "seoDescription", "SEO description",
            "tags", "Tags", "heroCaption", "Caption for this story", "caption", "Caption", "altText", "Alt text");
    private static final Set<String> MULTILINE = Set.of("headline", "standfirst", "body", "text", "seoDescription");
    private static final List<String> ORDER = List.of("headline", "standfirst", "body", "text", "tags", "heroCaption",
            "caption", "altText", "seoTitle", "seoDescription");

    private final TemplateEngine templates;
    private final SiteSettings settings;

    OutageFilter(TemplateEngine templates, SiteSettings settings) {
        this.templates = templates;
        this.settings = settings;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !(path.equals("/newsroom") || path.startsWith("/newsroom/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseOutage.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Database unavailable: answered {} {} with 503 ({})", request.getMethod(), request.getRequestURI(),
                    rootOf(e));
            answer(request, response);
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Content-Security-Policy", ContentSecurityPolicy.NEWSROOM);
        if ("fetch".equals(request.getHeader("X-Requested-With"))) {
            byte[] json = "{\"message\":\"The database is unavailable; your text is kept on this device.\"}"
                    .getBytes(StandardCharsets.UTF_8);
            response.setContentType("application/json");
            response.setContentLength(json.length);
            response.getOutputStream().write(json);
            return;
        }
        var out = new Utf8ByteOutput();
        templates.render("newsroom/unavailable.jte", Map.of("page", page(request)), out);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(out.getContentLength());
        out.writeTo(response.getOutputStream());
    }

    private UnavailablePage page(HttpServletRequest request) {
        String heading = "The database is unavailable";
        if (request.getRequestURI().equals("/newsroom/login")) {
            return new UnavailablePage(settings.name(), heading, "Nobody can sign in while the database is unavailable. "
                    + "Please try again in a minute.", null, List.of(), List.of(), true, "/newsroom/login");
        }
        if (!"POST".equals(request.getMethod()) || request.getParameterMap().isEmpty()) {
            return new UnavailablePage(settings.name(), heading, "The newsroom cannot reach its database just now. "
                    + "Nothing has been lost; please try again in a minute.", null, List.of(), List.of(), false,
                    "GET".equals(request.getMethod()) ? request.getRequestURI() : "/newsroom");
        }
        List<UnavailablePage.Field> shown = new ArrayList<>();
        List<UnavailablePage.Field> hidden = new ArrayList<>();
        for (String name : ORDER) {
            String value = request.getParameter(name);
            if (value != null) {
                shown.add(new UnavailablePage.Field(name, SHOWN.get(name), value, MULTILINE.contains(name)));
            }
        }
        request.getParameterMap().forEach((name, values) -> {
            if (!SHOWN.containsKey(name) && !secret(name)) {
                for (String value : values) {
                    hidden.add(new UnavailablePage.Field(name, name, value, false));
                }
            }
        });
        return new UnavailablePage(settings.name(), heading, KEPT, request.getRequestURI(), shown, hidden, false, "/newsroom");
    }

    /** Passwords are never written back into a page. */
    private static boolean secret(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("password") || lower.equals("confirm") || lower.equals("current") || lower.equals("code");
    }

    private static String rootOf(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }
}
