package io.lyceum.identity;

import io.lyceum.tenancy.DatabaseMode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Platform staff accounts, and the first one, so that a fresh installation can be administered. */
@Service
public class StaffService {

    static final String GENERATED_EMAIL = "staff@lyceum.local";
    private static final Logger log = LoggerFactory.getLogger(StaffService.class);
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final StaffRepository staff;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    StaffService(StaffRepository staff, PasswordEncoder passwordEncoder, Clock clock) {
        this.staff = staff;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /**
     * Creates the first staff account when there is none: from {@code LYCEUM_ADMIN_EMAIL} and
     * {@code LYCEUM_ADMIN_PASSWORD}, or, on the embedded database, with a generated password
     * printed once to the log.
     */
    @Transactional
    public void ensureFirstStaffMember(String email, String password, DatabaseMode mode) {
        if (staff.count() > 0) {
            return;
        }
        if (!email.isBlank() && !password.isBlank()) {
            staff.save(new StaffMember(email, "Platform admin", passwordEncoder.encode(password), clock.instant()));
            log.info("Created platform staff account {} from configuration", email);
        } else if (mode.embedded()) {
            String generated = generatePassword();
            staff.save(new StaffMember(
                    GENERATED_EMAIL, "Platform admin", passwordEncoder.encode(generated), clock.instant()));
            log.warn("""

                    ============================================================
                    Platform staff console: http(s)://<base-domain>/console
                    Sign in as {} with password {}
                    (shown once; set LYCEUM_ADMIN_EMAIL and LYCEUM_ADMIN_PASSWORD to choose your own)
                    ============================================================""", GENERATED_EMAIL, generated);
        } else {
            log.warn("No platform staff account exists: set LYCEUM_ADMIN_EMAIL and LYCEUM_ADMIN_PASSWORD");
        }
    }

    @Transactional
    public void create(String email, String displayName, String password) {
        staff.save(new StaffMember(email, displayName, passwordEncoder.encode(password), clock.instant()));
    }

    @Transactional(readOnly = true)
    Optional<UserService.LoginCandidate> loginCandidate(String email) {
        return staff.findByEmail(User.normalizeEmail(email))
                .map(member -> new UserService.LoginCandidate(
                        new LyceumUser("", member.id(), member.email(), member.displayName(), Set.of(), true),
                        member.passwordHash(),
                        Instant.EPOCH));
    }

    private static String generatePassword() {
        var random = new SecureRandom();
        var password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
