package io.lyceum.portability;

/** Rows done out of rows in all, reported as work goes (every few thousand rows). */
@FunctionalInterface
interface Progress {

    void at(long done, long total);

    Progress NONE = (done, total) -> {};
}
