package io.lyceum.identity;

/** Role names as constants, for {@code @RolesAllowed}. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String INSTRUCTOR = "INSTRUCTOR";
    public static final String STUDENT = "STUDENT";
    /** Platform staff: exists only on the base domain, never inside an organization. */
    public static final String STAFF = "STAFF";

    /** Method-security expressions for services. */
    public static final String HAS_ADMIN = "hasRole('" + ADMIN + "')";

    public static final String HAS_STAFF = "hasRole('" + STAFF + "')";

    private Roles() {}
}
