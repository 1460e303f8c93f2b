package news.dateline.newsroom.web.imports;

import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import news.dateline.imports.ArchiveImports;
import news.dateline.newsroom.Desk;
import news.dateline.platform.DataDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The import upload's limits, chosen for this one address: each file up to {@code dateline.imports.max-upload-size}
 * (default 2 GB), the request up to twice that; Spring's global multipart limits (30 MB a file) stay as they are.
 * Before anything reads such a body, a request without a newsroom session (only signing in creates one) or declaring
 * more bytes than allowed is turned away, so nobody unknown can make the server store gigabytes.
 */
@Configuration
class ImportUploads {

    static String label(DataSize size) {
        long mb = size.toMegabytes();
        return mb >= 1024 && mb % 1024 == 0 ? (mb / 1024) + " GB" : mb + " MB";
    }

    @Bean
    ServletRegistrationBean<ImportUploadServlet> importUploadServlet(ArchiveImports imports, Desk desk, DataDirectory data,
            @Value("${dateline.imports.max-upload-size:2GB}") DataSize maxFile) {
        Path incoming = data.resolve("imports").resolve("incoming");
        try {
            Files.createDirectories(incoming);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the import upload folder " + incoming, e);
        }
        var registration = new ServletRegistrationBean<>(new ImportUploadServlet(imports, desk, maxFile),
                ImportUploadServlet.PATH);
        registration.setName("importUploads");
        registration.setMultipartConfig(new MultipartConfigElement(incoming.toString(), maxFile.toBytes(),
                maxRequest(maxFile), 0));
        return registration;
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> importUploadGate(
            @Value("${dateline.imports.max-upload-size:2GB}") DataSize maxFile) {
        long maxRequest = maxRequest(maxFile);
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if ("POST".equals(request.getMethod()) && request.getSession(false) == null) {
                    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                    response.setHeader("Location", request.getContextPath() + "/newsroom/login");
                    response.setHeader("Connection", "close");
                    return;
                }
                if (request.getContentLengthLong() > maxRequest) {
                    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                    response.setContentType("text/plain;charset=UTF-8");
                    response.setHeader("Connection", "close");
                    response.getWriter().write("Not uploaded: the files are larger than " + label(maxFile)
                            + " each, the most this newsroom accepts. Nothing was saved.");
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registration.addUrlPatterns(ImportUploadServlet.PATH);
        registration.setName("importUploadGate");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    private static long maxRequest(DataSize maxFile) {
        return maxFile.toBytes() * 2 + DataSize.ofMegabytes(1).toBytes();
    }
}
