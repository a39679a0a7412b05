package io.lyceum.platform;

enum MigrationOutcome {
    SUCCEEDED,
    FAILED
}
