package io.lyceum.identity;

import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Signs people in against the user store of the host they are on: the organization's schema on an
 * organization's host, platform staff on the base domain. Throttles repeated failures.
 */
class LyceumAuthenticationProvider implements AuthenticationProvider {

    static final String BAD_CREDENTIALS = "Incorrect email or password";
    static final String DEACTIVATED = "Account deactivated";

    private final UserService users;
    private final StaffService staff;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;
    private final KnownDevices devices;
    // Compared against when the account does not exist, so that timing does not reveal which emails exist.
    private final String unknownAccountHash;

    LyceumAuthenticationProvider(
            UserService users,
            StaffService staff,
            PasswordEncoder passwordEncoder,
            LoginThrottle throttle,
            KnownDevices devices) {
        this.devices = devices;
        this.users = users;
        this.staff = staff;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.unknownAccountHash = passwordEncoder.encode("no such account, but hash anyway");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email =
                authentication.getName() == null ? "" : authentication.getName().strip();
        String password = authentication.getCredentials() == null
                ? ""
                : authentication.getCredentials().toString();
        String org = TenantContext.current().map(Tenant::slug).orElse("");
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                        && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "unknown";

        var refusal = throttle.refusal(org, email, address, knownDevice(org, email));
        if (refusal.isPresent()) {
            throw new SignInLockedException(refusal.get());
        }
        Optional<UserService.LoginCandidate> candidate =
                org.isEmpty() ? staff.loginCandidate(email) : users.loginCandidate(email);
        String hash = candidate.map(UserService.LoginCandidate::passwordHash).orElse(unknownAccountHash);
        if (!passwordEncoder.matches(password, hash) || candidate.isEmpty()) {
            throttle.failed(org, email, address);
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
        if (!candidate.get().enabled()) {
            // The right password of a deactivated member: said plainly (the login page words it), as
            // only the member can learn it. Spring publishes AuthenticationFailureDisabledEvent for it.
            throw new DisabledException(DEACTIVATED);
        }
        throttle.succeeded(org, email, address);
        LyceumUser user = candidate.get().user();
        if (!user.staff()) {
            users.signedIn(user.id());
        }
        var authorities = user.staff()
                ? List.of(new SimpleGrantedAuthority("ROLE_" + Roles.STAFF))
                : user.roles().stream()
                        .map(role -> new SimpleGrantedAuthority(role.authority()))
                        .toList();
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        // The stamp the password was checked against: the session holds while it is current.
        signedIn.setDetails(new SignInStamps.SignedIn(candidate.get().signInStamp()));
        return signedIn;
    }

    /** Whether the sign-in comes from a browser that signed in to this account before. */
    private boolean knownDevice(String org, String email) {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && devices.recognises(attributes.getRequest(), org, email);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
