package io.lyceum.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import io.lyceum.KaribuTest;
import io.lyceum.TestOrganizations;
import io.lyceum.notification.SenderDomainDetails;
import io.lyceum.notification.SenderDomainFixtures;
import io.lyceum.notification.SenderDomainRecord.Kind;
import io.lyceum.notification.SenderDomains;
import io.lyceum.notification.TestDnsServer;
import io.lyceum.tenancy.Tenant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.IntNode;

/** The admins' sender-domain page: add, the records to create, the DNS check, removal, and refusals. */
class SenderDomainViewTest extends KaribuTest {

    @Autowired
    SenderDomains domains;

    @Autowired
    TestDnsServer dns;

    private SenderDomainView open(Tenant org) {
        openOn(org);
        signIn(TestOrganizations.ADMIN_EMAIL);
        navigate("admin/email/domain");
        return _get(SenderDomainView.class);
    }

    private SenderDomainDetails details(Tenant org) {
        return TestOrganizations.asAdmin(org, domains::overview).domain();
    }

    /** What the browser does with the page's scripts: runs them and answers, here with 0. */
    private static List<String> runBrowserScripts() {
        // Scripts are handed over as the response is written (Karibu's own round trip would drop them).
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        List<PendingJavaScriptInvocation> pending =
                UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        pending.stream()
                .filter(PendingJavaScriptInvocation::isSubscribed)
                .forEach(invocation -> invocation.complete(IntNode.valueOf(0)));
        return pending.stream()
                .flatMap(invocation -> invocation.getInvocation().getParameters().stream())
                .map(String::valueOf)
                .toList();
    }

    @Test
    void an_admin_adds_a_domain_creates_the_records_checks_them_and_sees_it_verified() {
        Tenant org = organizations.create("sdpage");
        var page = open(org);
        assertThat(page.adding.isVisible()).isTrue();
        assertThat(page.current.isVisible()).isFalse();
        assertThat(page.notConfigured.isVisible()).isFalse();
        assertThat(page.planReason.isVisible()).isFalse();

        page.domain.setValue("mail server.example.com");
        _click(page.add);
        assertThat(page.domain.isInvalid()).isTrue();
        assertThat(page.domain.getErrorMessage())
                .isEqualTo("mail server.example.com is not a domain name. Enter one like mail.example.com: letters,"
                        + " digits and hyphens, with at least one dot.");

        String domain = SenderDomainFixtures.uniqueDomain("page");
        page.domain.setValue(domain);
        _click(page.add);

        assertThat(page.adding.isVisible()).isFalse();
        assertThat(page.current.isVisible()).isTrue();
        assertThat(page.domainName.getText()).isEqualTo(domain);
        assertThat(page.status.getText()).isEqualTo("Waiting for DNS records");
        assertThat(page.records).containsOnlyKeys(Kind.DKIM, Kind.SPF, Kind.RETURN_PATH);
        var dkim = page.records.get(Kind.DKIM);
        assertThat(dkim.name.getValue()).matches("lyceum\\d{6}\\._domainkey\\." + domain.replace(".", "\\."));
        assertThat(dkim.value.getValue()).startsWith("v=DKIM1; k=rsa; p=MII");
        assertThat(page.records.get(Kind.SPF).value.getValue()).isEqualTo("v=spf1 include:_spf.lyceum.localhost ~all");
        assertThat(page.records.get(Kind.RETURN_PATH).name.getValue()).isEqualTo("bounce." + domain);
        assertThat(page.records.get(Kind.RETURN_PATH).value.getValue()).isEqualTo("bounce.lyceum.localhost");
        runBrowserScripts();

        // Copy puts exactly the value on the clipboard.
        _click(dkim.copyValue);
        assertThat(runBrowserScripts()).contains(dkim.value.getValue());
        assertThat(dkim.copyValue.getAriaLabel()).contains("Copy the value of the DKIM key record");

        SenderDomainFixtures.publishAll(dns, details(org));
        _click(page.check);
        // While DNS is asked: the buttons are off and the progress shows.
        assertThat(page.check.isEnabled()).isFalse();
        assertThat(page.remove.isEnabled()).isFalse();
        assertThat(page.checking.isVisible()).isTrue();
        runBrowserScripts();

        assertThat(page.checking.isVisible()).isFalse();
        assertThat(page.check.isEnabled()).isTrue();
        assertThat(page.status.getText()).isEqualTo("Verified");
        assertThat(page.status.getClassNames()).contains("success");
        assertThat(page.checkedAt.getText()).startsWith("Last checked ");
        assertThat(page.records.values()).allSatisfy(panel -> {
            assertThat(panel.result.getText()).isEqualTo("Found");
            assertThat(panel.found.isVisible()).isFalse();
        });

        // Opened again later: verified, and no add form.
        var again = open(org);
        assertThat(again.status.getText()).isEqualTo("Verified");
        assertThat(again.adding.isVisible()).isFalse();
    }

    @Test
    void missing_and_wrong_records_say_what_was_found_and_the_domain_stays_waiting() {
        Tenant org = organizations.create("sdpagewrong");
        var page = open(org);
        String domain = SenderDomainFixtures.uniqueDomain("pagewrong");
        page.domain.setValue(domain);
        _click(page.add);
        runBrowserScripts();
        var details = details(org);
        dns.txt(SenderDomainFixtures.record(details, Kind.DKIM).name(), "v=DKIM1; k=rsa; p=AAAA");
        dns.cname("bounce." + domain, "mail.elsewhere.example");

        _click(page.check);
        runBrowserScripts();

        assertThat(page.status.getText()).isEqualTo("Waiting for DNS records");
        var dkim = page.records.get(Kind.DKIM);
        assertThat(dkim.result.getText()).isEqualTo("Wrong value");
        assertThat(dkim.result.getClassNames()).contains("error");
        assertThat(dkim.found.getText()).isEqualTo("Found instead: v=DKIM1; k=rsa; p=AAAA");
        assertThat(page.records.get(Kind.SPF).result.getText()).isEqualTo("Missing");
        assertThat(page.records.get(Kind.RETURN_PATH).found.getText())
                .isEqualTo("Found instead: mail.elsewhere.example");
    }

    @Test
    void removing_the_domain_asks_first_then_the_page_offers_to_add_one_again() {
        Tenant org = organizations.create("sdpageremove");
        var page = open(org);
        page.domain.setValue(SenderDomainFixtures.uniqueDomain("pageremove"));
        _click(page.add);

        var confirm = page.confirmRemove();
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Remove " + page.domainName.getText() + "?");
        assertThat(details(org)).isNotNull(); // nothing removed before the confirmation
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(details(org)).isNull();
        assertThat(page.adding.isVisible()).isTrue();
        assertThat(page.current.isVisible()).isFalse();
        assertThat(page.add.isEnabled()).isTrue();
    }

    @Test
    void on_a_plan_without_the_feature_the_page_gives_the_plans_reason_and_adds_nothing() {
        Tenant free = organizations.create("sdpagefree", "FREE");
        var page = open(free);

        assertThat(page.planReason.isVisible()).isTrue();
        assertThat(page.planReason.getText())
                .isEqualTo(
                        "Your Free plan does not include sending from your own domain. Upgrade your plan to use it.");
        assertThat(page.add.isEnabled()).isFalse();
        assertThat(page.domain.isEnabled()).isFalse();
    }

    @Test
    void without_a_domain_key_configured_here_the_page_says_so_and_adds_nothing() {
        Tenant org = organizations.create("sdpagenokey");
        openOn(org);
        signIn(TestOrganizations.ADMIN_EMAIL);
        var page = new SenderDomainView(SenderDomainFixtures.withoutDomainKey(context));
        UI.getCurrent().add(page);

        assertThat(page.notConfigured.isVisible()).isTrue();
        assertThat(page.notConfigured.getText())
                .startsWith("Own sender domains are not configured on this Lyceum installation");
        assertThat(page.add.isEnabled()).isFalse();
        assertThat(page.domain.isEnabled()).isFalse();
        assertThat(page.current.isVisible()).isFalse();
    }
}
