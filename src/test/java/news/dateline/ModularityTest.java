package news.dateline;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Module boundaries: each feature uses only other modules' top-level API, with no cycles. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(DatelineApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }
}
