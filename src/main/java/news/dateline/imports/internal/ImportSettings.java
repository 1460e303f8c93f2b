package news.dateline.imports.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The importer's limits and choices ({@code dateline.imports.*}).
 *
 * @param archiveLimit the most a media archive may hold (packed and unpacked)
 * @param fileLimit the most one media file may weigh (the media library's own upload limit by default)
 * @param defaultSection the section of stories whose source names none (Ghost posts without a public tag, feeds)
 * @param fallbackByline the person credited on stories whose source names no author
 */
@Component
public record ImportSettings(long archiveLimit, long fileLimit, String defaultSection, String fallbackByline) {

    @org.springframework.beans.factory.annotation.Autowired
    public ImportSettings(@Value("${dateline.imports.archive-limit:2GB}") DataSize archiveLimit,
                          @Value("${dateline.media.max-upload-size:25MB}") DataSize fileLimit,
                          @Value("${dateline.imports.default-section:News}") String defaultSection,
                          @Value("${dateline.imports.fallback-byline:Staff}") String fallbackByline) {
        this(archiveLimit.toBytes(), fileLimit.toBytes(), defaultSection, fallbackByline);
    }
}
