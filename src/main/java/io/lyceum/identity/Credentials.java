package io.lyceum.identity;

/** A form that sets a member's email and password, for the rules that need both. */
public interface Credentials {

    String email();

    String password();
}
