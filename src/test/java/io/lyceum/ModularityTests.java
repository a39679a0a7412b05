package io.lyceum;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Feature modules depend only on the modules their {@code @ApplicationModule} declares, through
 * their public API and named interfaces, and never in a cycle.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(LyceumApplication.class);

    @Test
    void modules_respect_their_boundaries() {
        modules.verify();
    }

    @Test
    void module_documentation_is_written() throws Exception {
        Path folder = Path.of("target/modulith-docs");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        assertThat(folder.resolve("components.puml")).isNotEmptyFile();
        modules.forEach(module -> assertThat(folder.resolve("module-" + module.getIdentifier() + ".puml"))
                .as("the diagram of " + module.getDisplayName())
                .isNotEmptyFile());
    }
}
