package news.dateline.platform.internal;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Renders JTE templates into UTF-8 bytes (static parts are precompiled as bytes) and writes the page in one go
 * with its {@code Content-Length}, instead of through a {@code PrintWriter} a few characters at a time.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class TemplateViews {

    static final String HTML = "text/html;charset=UTF-8";

    @Bean
    ViewResolver byteTemplateViews(TemplateEngine templates) {
        return new Resolver(templates);
    }

    /** Resolves a view name to its template, when there is one; before JTE's own resolver. */
    static final class Resolver implements ViewResolver, Ordered {

        private final TemplateEngine templates;
        private final Map<String, View> views = new ConcurrentHashMap<>();

        Resolver(TemplateEngine templates) {
            this.templates = templates;
        }

        @Override
        public @Nullable View resolveViewName(String viewName, Locale locale) {
            if (viewName.contains(":")) {
                return null; // redirect:, forward:
            }
            View view = views.computeIfAbsent(viewName, name -> templates.hasTemplate(name + ".jte")
                    ? new TemplateView(templates, name + ".jte") : NONE);
            return view == NONE ? null : view;
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE - 100;
        }
    }

    private static final View NONE = (model, request, response) -> {
        throw new IllegalStateException("not a view");
    };

    /** One template, rendered into bytes. */
    record TemplateView(TemplateEngine templates, String template) implements View {

        @Override
        public String getContentType() {
            return HTML;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws Exception {
            var out = new Utf8ByteOutput();
            templates.render(template, (Map<String, Object>) model, out);
            response.setContentType(HTML);
            response.setContentLength(out.getContentLength());
            out.writeTo(response.getOutputStream());
        }
    }
}
