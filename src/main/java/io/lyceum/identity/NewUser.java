package io.lyceum.identity;

import jakarta.validation.constraints.NotEmpty;
import java.util.Set;

/** What it takes to add a person to the current organization; {@link UserService} checks the constraints. */
@PasswordApartFromEmail
public record NewUser(
        @EmailAddress String email,
        @PersonName String displayName,
        @Password String password,
        @NotEmpty(message = "{user.roles.required}") Set<Role> roles)
        implements Credentials {

    public static final int NAME_MAX_LENGTH = User.NAME_MAX_LENGTH;

    public NewUser {
        roles = Set.copyOf(roles);
    }
}
