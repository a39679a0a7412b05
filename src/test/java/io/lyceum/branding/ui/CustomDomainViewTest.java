package io.lyceum.branding.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import io.lyceum.KaribuTest;
import io.lyceum.TestOrganizations;
import io.lyceum.notification.TestDnsServer;
import io.lyceum.platform.CustomDomains;
import io.lyceum.platform.CustomDomains.RecordCheck.Kind;
import io.lyceum.tenancy.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The admins' custom-domain page: add, the two records with copy buttons, the DNS check, removal. */
class CustomDomainViewTest extends KaribuTest {

    @Autowired
    TestDnsServer dns;

    @Autowired
    CustomDomains domains;

    private CustomDomainView open(Tenant org) {
        openOn(org);
        signIn(TestOrganizations.ADMIN_EMAIL);
        navigate("admin/branding/domain");
        return _get(CustomDomainView.class);
    }

    private static String uniqueHost(String label) {
        return label + "-" + Long.toString(System.nanoTime() % 10_000_000, 36) + ".example.test";
    }

    @Test
    void an_admin_adds_a_domain_sees_what_dns_holds_record_by_record_and_then_verified() {
        Tenant org = organizations.create("dompage");
        var page = open(org);
        assertThat(page.adding.isVisible()).isTrue();
        assertThat(page.current.isVisible()).isFalse();

        page.host.setValue("learn." + org.slug() + ".lyceum.localhost");
        _click(page.add);
        assertThat(page.host.isInvalid()).isTrue();
        assertThat(page.host.getErrorMessage()).contains("is under Lyceum's own domain lyceum.localhost");

        String host = uniqueHost("learn");
        page.host.setValue(host);
        _click(page.add);
        assertThat(page.current.isVisible()).isTrue();
        assertThat(page.domainName.getText()).isEqualTo(host);
        assertThat(page.status.getText()).isEqualTo("Not verified yet");
        var cname = page.records.get(Kind.CNAME);
        var txt = page.records.get(Kind.TXT);
        assertThat(cname.name.getValue()).isEqualTo(host);
        assertThat(cname.value.getValue()).isEqualTo(org.slug() + ".lyceum.localhost");
        assertThat(txt.name.getValue()).isEqualTo("_lyceum-challenge." + host);
        assertThat(txt.value.getValue()).hasSize(32);

        _click(page.check);
        assertThat(cname.result.getText()).isEqualTo("Missing");
        assertThat(txt.result.getText()).isEqualTo("Missing");

        dns.cname(host, "old-host.example.net");
        dns.txt(txt.name.getValue(), txt.value.getValue());
        _click(page.check);
        assertThat(cname.result.getText()).isEqualTo("Wrong");
        assertThat(cname.found.getText()).isEqualTo("Found instead: old-host.example.net");
        assertThat(txt.result.getText()).isEqualTo("Found");
        assertThat(page.status.getText()).isEqualTo("Not verified yet");

        dns.forget(host);
        dns.cname(host, cname.value.getValue());
        dns.txt(txt.name.getValue(), txt.value.getValue());
        _click(page.check);
        assertThat(cname.result.getText()).isEqualTo("Found");
        assertThat(page.status.getText()).isEqualTo("Verified");
        assertThat(page.verifiedAt.getText()).startsWith("Verified ");

        // Removal asks first; cancelled, nothing changes.
        var confirm = page.confirmRemove();
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(TestOrganizations.asAdmin(org, domains::current)).isPresent();
        ConfirmDialogKt._fireConfirm(page.confirmRemove());
        assertThat(TestOrganizations.asAdmin(org, domains::current)).isEmpty();
        assertThat(page.adding.isVisible()).isTrue();
    }

    @Test
    void a_domain_another_organization_holds_is_refused_with_a_clear_message() {
        Tenant globex = organizations.create("domholds");
        String host = uniqueHost("taken");
        TestOrganizations.asAdmin(globex, () -> domains.add(host));

        var page = open(organizations.create("domwants"));
        page.host.setValue(host);
        _click(page.add);
        assertThat(page.host.isInvalid()).isTrue();
        assertThat(page.host.getErrorMessage())
                .isEqualTo(host + " is already used by another organization on Lyceum. If it is yours, ask that"
                        + " organization to remove it first.");
        assertThat(page.current.isVisible()).isFalse();
    }
}
