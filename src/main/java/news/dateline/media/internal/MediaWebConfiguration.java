package news.dateline.media.internal;

import java.util.concurrent.TimeUnit;
import news.dateline.platform.DataDirectory;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Serves stored renditions at {@code /media/<key>/<width>.jpg}, cached for a year as immutable. */
@Configuration(proxyBeanMethods = false)
class MediaWebConfiguration implements WebMvcConfigurer {

    private final DataDirectory dataDirectory;

    MediaWebConfiguration(DataDirectory dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String location = dataDirectory.resolve("media").toUri().toString();
        registry.addResourceHandler("/media/*/*.jpg")
                .addResourceLocations(location.endsWith("/") ? location : location + "/")
                .setCacheControl(CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable())
                .resourceChain(false);
    }
}
