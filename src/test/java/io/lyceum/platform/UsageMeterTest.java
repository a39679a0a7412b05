package io.lyceum.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.TestOrganizations;
import io.lyceum.identity.Role;
import io.lyceum.tenancy.Tenant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.ConfigurableTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Each limited action has one meter, declared by the module that owns what it counts, and its count
 * runs in a read-only transaction of that module: {@link PlanPolicy} only adds up.
 */
@LyceumIntegrationTest
class UsageMeterTest {

    @Autowired
    List<UsageMeter> meters;

    @Autowired
    ConfigurableTransactionManager transactions;

    @Autowired
    TestOrganizations organizations;

    @Test
    void each_limited_action_is_counted_once_in_a_read_only_transaction_of_the_owning_module() {
        Tenant org = organizations.create("meters");
        organizations.addUser(org, "teacher@example.com", "chalk-board-55", Role.INSTRUCTOR);
        var owners = Map.of(
                PlanAction.CREATE_COURSE, "io.lyceum.course.",
                PlanAction.ENROLL_STUDENT, "io.lyceum.learning.",
                PlanAction.ADD_INSTRUCTOR, "io.lyceum.identity.",
                PlanAction.STORE_FILES, "io.lyceum.files.",
                PlanAction.SEND_EMAIL, "io.lyceum.notification.");
        var expected = Map.of(
                PlanAction.CREATE_COURSE,
                0L,
                PlanAction.ENROLL_STUDENT,
                0L,
                PlanAction.ADD_INSTRUCTOR,
                1L,
                PlanAction.STORE_FILES,
                0L,
                PlanAction.SEND_EMAIL,
                // The welcome mails of its two members (the owner at sign-up, the instructor).
                2L);
        assertThat(meters).extracting(UsageMeter::action).containsExactlyInAnyOrderElementsOf(owners.keySet());

        Thread test = Thread.currentThread();
        var begun = new CopyOnWriteArrayList<String>();
        var recorder = new TransactionExecutionListener() {
            @Override
            public void beforeBegin(TransactionExecution transaction) {
                if (Thread.currentThread() == test) {
                    begun.add(transaction.getTransactionName() + (transaction.isReadOnly() ? " (read-only)" : ""));
                }
            }
        };
        // A new list rather than adding to the manager's own: other threads may be iterating it.
        var before = transactions.getTransactionExecutionListeners();
        var with = new CopyOnWriteArrayList<>(before);
        with.add(recorder);
        transactions.setTransactionExecutionListeners(with);
        try {
            for (UsageMeter meter : meters) {
                begun.clear();
                long usage = TestOrganizations.asAdmin(org, meter::usage);
                assertThat(usage).as(meter.action().name()).isEqualTo(expected.get(meter.action()));
                assertThat(begun)
                        .as("transactions begun by the meter of " + meter.action())
                        .singleElement()
                        .asString()
                        .startsWith(owners.get(meter.action()))
                        .endsWith(" (read-only)");
            }
        } finally {
            transactions.setTransactionExecutionListeners(before);
        }
    }
}
