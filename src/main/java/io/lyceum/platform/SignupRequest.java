package io.lyceum.platform;

/** What a person types to sign their organization up. */
public record SignupRequest(String organizationName, String slug, String adminName, String email, String password) {

    public static final int ORGANIZATION_NAME_MAX_LENGTH = Organization.NAME_MAX_LENGTH;
}
