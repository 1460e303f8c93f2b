package news.dateline.api.openapi;

import java.util.ArrayList;
import java.util.List;
import news.dateline.api.openapi.ApiReference.Body;
import news.dateline.api.openapi.ApiReference.Parameter;
import org.jspecify.annotations.Nullable;

/** The curl line the reference page shows under each operation, with placeholders for ids and required values. */
final class Curl {

    private Curl() {
    }

    static String of(String baseUrl, String method, String path, List<Parameter> parameters, @Nullable Body body,
                     boolean keyed) {
        String url = path;
        List<String> query = new ArrayList<>();
        for (Parameter parameter : parameters) {
            if (parameter.in().equals("path")) {
                url = url.replace("{" + parameter.name() + "}", parameter.name().equals("id") ? "42"
                        : "<" + parameter.name() + ">");
            } else if (parameter.in().equals("query") && parameter.required()) {
                query.add(parameter.name() + "=<" + parameter.name() + ">");
            }
        }
        StringBuilder line = new StringBuilder("curl");
        if (!method.equals("get")) {
            line.append(" -X ").append(method.toUpperCase());
        }
        if (keyed) {
            line.append(" -H \"Authorization: Bearer $")
                    .append(path.startsWith("/api/v1/admin") ? "DATELINE_ADMIN_TOKEN" : "DATELINE_KEY").append('"');
        }
        if (body != null) {
            line.append(" -H 'Content-Type: ").append(body.contentType()).append("' --data @body.json");
        }
        line.append(" '").append(baseUrl).append(url);
        if (!query.isEmpty()) {
            line.append('?').append(String.join("&", query));
        }
        return line.append('\'').toString();
    }
}
