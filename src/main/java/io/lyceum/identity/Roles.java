package io.lyceum.identity;

/** Role names as constants, for views' {@code @RolesAllowed}; services use {@link AdminsOnly}, {@link TeachersOnly} and the like. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String INSTRUCTOR = "INSTRUCTOR";
    public static final String STUDENT = "STUDENT";
    /** Platform staff: exists only on the base domain, never inside an organization. */
    public static final String STAFF = "STAFF";

    private Roles() {}
}
