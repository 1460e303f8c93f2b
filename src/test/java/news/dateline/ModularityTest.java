package news.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Module boundaries: each feature uses only the modules it declares ({@code allowedDependencies}), through their
 * top-level API or a named interface, with no cycles; every package is {@code @NullMarked}; the module diagrams in
 * {@code docs/modules} are the ones the code gives ({@link ModuleDiagrams}). No Spring context is started.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(DatelineApplication.class);

    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void everyModuleDeclaresWhatItMayUse() {
        MODULES.forEach(module -> {
            var name = module.getBasePackage().getName();
            var declared = declaration(name);
            assertThat(declared).as("@ApplicationModule on %s's package-info", name).isNotNull();
            assertThat(declared.type()).as("%s is not an open module", name).isEqualTo(ApplicationModule.Type.CLOSED);
            assertThat(declared.allowedDependencies())
                    .as("%s lists its allowedDependencies", name)
                    .doesNotContain(ApplicationModule.OPEN_TOKEN);
        });
    }

    @Test
    void everyPackageIsNullMarked() throws IOException {
        List<String> packages;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            packages = files.filter(file -> file.toString().endsWith(".java"))
                    .map(file -> SOURCES.relativize(file.getParent()).toString().replace('/', '.').replace('\\', '.'))
                    .distinct()
                    .sorted()
                    .toList();
        }
        assertThat(packages).isNotEmpty().allSatisfy(name -> assertThat(packageOf(name).isAnnotationPresent(NullMarked.class))
                .as("package-info of %s is @NullMarked", name)
                .isTrue());
    }

    @Test
    void diagramsInDocsAreTheOnesTheCodeGives() throws IOException {
        new ModuleDiagrams(MODULES).check();
    }

    private static ApplicationModule declaration(String packageName) {
        return packageOf(packageName).getAnnotation(ApplicationModule.class);
    }

    private static Package packageOf(String name) {
        try {
            return Class.forName(name + ".package-info").getPackage();
        } catch (ClassNotFoundException e) {
            throw new AssertionError("package " + name + " has no package-info.java", e);
        }
    }
}
