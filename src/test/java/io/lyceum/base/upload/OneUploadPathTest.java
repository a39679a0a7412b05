package io.lyceum.base.upload;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.classgraph.ClassGraph;
import org.junit.jupiter.api.Test;

/**
 * Every upload goes through {@link LimitedUpload}: Vaadin's own in-memory and file handlers read
 * raw bodies without any limit, so no other code may use them.
 */
class OneUploadPathTest {

    @Test
    void no_code_uses_vaadins_unlimited_upload_handlers() {
        try (var scan = new ClassGraph()
                .enableInterClassDependencies()
                .enableExternalClasses()
                .acceptPackages("io.lyceum")
                .scan()) {
            var users = scan.getAllClasses().stream()
                    .filter(type -> type.getName().startsWith("io.lyceum.")
                            && !type.getName().startsWith(LimitedUpload.class.getName()))
                    .filter(
                            type -> type.getClassDependencies().stream()
                                    .anyMatch(
                                            dependency -> dependency
                                                    .getName()
                                                    .matches(
                                                            "com\\.vaadin\\.flow\\.server\\.streams\\.(InMemory|File|TemporaryFile)UploadHandler")))
                    .map(type -> type.getName())
                    .toList();
            assertThat(users).isEmpty();
        }
    }
}
