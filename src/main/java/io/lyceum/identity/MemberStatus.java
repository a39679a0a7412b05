package io.lyceum.identity;

/** Where a member stands: signed up and able to sign in, invited and not joined yet, or deactivated by an admin. */
public enum MemberStatus {
    ACTIVE,
    INVITED,
    DEACTIVATED
}
