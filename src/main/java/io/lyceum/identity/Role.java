package io.lyceum.identity;

/** Roles a member of an organization may hold; a user may hold several. */
public enum Role {
    ADMIN,
    INSTRUCTOR,
    STUDENT;

    public String authority() {
        return "ROLE_" + name();
    }
}
