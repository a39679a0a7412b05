package io.lyceum.platform;

import io.lyceum.base.validation.PlainText;
import io.lyceum.identity.Credentials;
import io.lyceum.identity.EmailAddress;
import io.lyceum.identity.Password;
import io.lyceum.identity.PasswordApartFromEmail;
import io.lyceum.identity.PersonName;
import io.lyceum.tenancy.ValidSlug;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a person types to sign their organization up. The sign-up form checks the constraints as it
 * is filled in, {@link SignupService} again; whether the address is free only the service knows.
 */
@PasswordApartFromEmail
public record SignupRequest(
        @NotBlank(message = "{signup.organization-name.required}") @Size(max = ORGANIZATION_NAME_MAX_LENGTH, message = "{text.too-long}") @PlainText
        String organizationName,

        @ValidSlug String slug,
        @PersonName String adminName,
        @EmailAddress String email,
        @Password String password)
        implements Credentials {

    public static final int ORGANIZATION_NAME_MAX_LENGTH = Organization.NAME_MAX_LENGTH;
}
