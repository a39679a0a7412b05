package io.lyceum.certificate;

import io.lyceum.identity.Role;
import io.lyceum.plugin.InstallContext;
import io.lyceum.plugin.LyceumPlugin;
import io.lyceum.plugin.NavEntry;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Certificates of completion: issued when a learner completes a course, verifiable by anyone. */
@Component
class CertificatePlugin implements LyceumPlugin {

    static final String ID = "certificates";
    static final String MANAGE = "certificates.manage";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Certificates";
    }

    @Override
    public String description() {
        return "Branded PDF certificates issued on completion, with a public verification link and QR code.";
    }

    @Override
    public List<NavEntry> navigation() {
        return List.of(
                new NavEntry(
                        "My certificates",
                        "/learn/certificates",
                        "DIPLOMA",
                        Set.of(Role.STUDENT, Role.INSTRUCTOR, Role.ADMIN)),
                new NavEntry("Certificates", "/admin/certificates", "DIPLOMA", Set.of(Role.ADMIN)));
    }

    @Override
    public Set<String> permissions() {
        return Set.of(MANAGE);
    }

    @Override
    public void onInstall(InstallContext context) {
        context.grant(Role.ADMIN, MANAGE);
    }

    @Override
    public List<String> publishedEvents() {
        return List.of("certificate.issued");
    }

    @Override
    public List<String> listenedEvents() {
        return List.of("course.completed");
    }
}
