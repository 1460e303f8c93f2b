package news.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.CanvasOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.Options;

/**
 * The module diagrams (PlantUML, C4 components: all modules, all but the platform, and one per module, each with the
 * modules it uses) and module canvases (AsciiDoc: each module's beans, events and settings) that Spring
 * Modulith's {@link Documenter} generates from the code, kept in {@code docs/modules}. {@link #check()} generates them
 * into {@code target/modules-docs} and fails when {@code docs/modules} differs; run with
 * {@code -Ddateline.docs.write=true} it rewrites {@code docs/modules} instead:
 * {@code ./mvnw -B test -Dtest=ModularityTest -Ddateline.docs.write=true}, which also draws the two overviews as SVG.
 */
final class ModuleDiagrams {

    static final Path DOCS = Path.of("docs/modules");
    static final Path GENERATED = Path.of("target/modules-docs");
    static final String WRITE = "dateline.docs.write";
    private static final String WITHOUT_PLATFORM = "components-without-platform.puml";

    private final ApplicationModules modules;

    ModuleDiagrams(ApplicationModules modules) {
        this.modules = modules;
    }

    void check() throws IOException {
        generate();
        if (Boolean.getBoolean(WRITE)) {
            write();
            return;
        }
        var generated = files(GENERATED);
        assertThat(files(DOCS))
                .as("files in %s (rewrite them with ./mvnw -B test -Dtest=ModularityTest -D%s=true)", DOCS, WRITE)
                .containsExactlyElementsOf(generated);
        for (var name : generated) {
            assertThat(unordered(text(DOCS.resolve(name))))
                    .as("%s/%s is what the code gives (rewrite it with ./mvnw -B test -Dtest=ModularityTest -D%s=true)",
                            DOCS, name, WRITE)
                    // Modulith lists a module's listened-to events in reflection order, which varies between runs.
                    .containsExactlyInAnyOrderElementsOf(unordered(text(GENERATED.resolve(name))));
        }
    }

    /** The lines, with the table-cell mark of a list's first item dropped so the items compare in any order. */
    private static java.util.List<String> unordered(java.util.List<String> lines) {
        return lines.stream().map(l -> l.startsWith("|* ") ? l.substring(1) : l).toList();
    }

    private void generate() throws IOException {
        new Documenter(modules, Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeModulesAsPlantUml(DiagramOptions.defaults())
                .writeIndividualModulesAsPlantUml(DiagramOptions.defaults())
                .writeModuleCanvases(CanvasOptions.defaults());
        // The overview's file name is fixed (components.puml), so the one without the platform is written aside.
        var aside = GENERATED.resolveSibling("modules-docs-without-platform");
        new Documenter(modules, Options.defaults().withOutputFolder(aside.toString()))
                .writeModulesAsPlantUml(DiagramOptions.defaults()
                        .withExclusions(module -> module.getIdentifier().toString().equals("platform")));
        Files.move(aside.resolve("components.puml"), GENERATED.resolve(WITHOUT_PLATFORM),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private void write() throws IOException {
        Files.createDirectories(DOCS);
        for (var stale : files(DOCS)) {
            Files.delete(DOCS.resolve(stale));
        }
        for (var name : files(GENERATED)) {
            Files.copy(GENERATED.resolve(name), DOCS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        for (var overview : List.of("components.puml", WITHOUT_PLATFORM)) {
            draw(DOCS.resolve(overview));
        }
    }

    /**
     * Draws a diagram as SVG beside it, with PlantUML's own layout (smetana), so no Graphviz is needed. Only when the
     * docs are rewritten: the check compares the PlantUML sources the picture is drawn from.
     */
    private static void draw(Path diagram) throws IOException {
        var source = Files.readString(diagram).replaceFirst("@startuml", "@startuml\n!pragma layout smetana");
        var svg = diagram.resolveSibling(diagram.getFileName().toString().replace(".puml", ".svg"));
        try (var out = Files.newOutputStream(svg)) {
            new SourceStringReader(source).outputImage(out, new FileFormatOption(FileFormat.SVG));
        }
    }

    /** The generated kinds of file in a folder, by name (a README or picture kept beside them is not one). */
    private static List<String> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".puml") || name.endsWith(".adoc"))
                    .sorted()
                    .toList();
        }
    }

    /**
     * A file's lines in a fixed order: the Documenter lists modules and relations in the order it meets them, which
     * depends on how the classes were scanned, and in PlantUML and AsciiDoc lists each line stands on its own.
     */
    private static List<String> text(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(String::stripTrailing).sorted().toList();
    }
}
