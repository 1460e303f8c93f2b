package news.dateline.views.internal;

import news.dateline.views.ViewSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ViewSettings.class)
class ViewsConfiguration {
}
