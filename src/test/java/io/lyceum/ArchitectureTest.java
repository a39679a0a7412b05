package io.lyceum;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.notification.Notification;
import io.lyceum.base.ui.Toast;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

/**
 * The rules of Lyceum's structure that the compiler does not check (after walking-skeleton's
 * ArchitectureTest); Spring Modulith's {@code ModularityTests} checks the declared module graph.
 */
class ArchitectureTest {

    static final JavaClasses LYCEUM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.lyceum");

    /** The feature module a class belongs to: the package right below io.lyceum. */
    static String module(JavaClass type) {
        if (!type.getPackageName().startsWith("io.lyceum")) {
            return "";
        }
        String rest = type.getPackageName().substring("io.lyceum".length());
        return rest.isEmpty() ? "" : rest.substring(1).split("\\.")[0];
    }

    /** Inner and anonymous classes belong to the class around them. */
    static JavaClass topLevel(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    static boolean transactional(JavaClass type) {
        return type.isAnnotatedWith(Transactional.class)
                || type.getMethods().stream().anyMatch(method -> method.isAnnotatedWith(Transactional.class))
                // Transactions opened by hand, where work must run between them (Stripe's webhooks).
                || type.getFields().stream()
                        .anyMatch(field -> field.getRawType().isEquivalentTo(TransactionTemplate.class));
    }

    @Test
    void repositories_are_used_only_by_transactional_code_of_their_own_module() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .and()
                .areInterfaces()
                .should(new ArchCondition<>("be used only by transactional classes of their own module") {
                    @Override
                    public void check(JavaClass repository, ConditionEvents events) {
                        repository.getDirectDependenciesToSelf().stream()
                                .map(dependency -> topLevel(dependency.getOriginClass()))
                                .filter(user -> !user.isAssignableTo(Repository.class))
                                .distinct()
                                .filter(user -> !module(user).equals(module(repository)) || !transactional(user))
                                .forEach(user -> events.add(SimpleConditionEvent.violated(
                                        repository,
                                        user.getName()
                                                + " uses " + repository.getSimpleName()
                                                + (module(user).equals(module(repository))
                                                        ? " outside a transaction"
                                                        : " from another module"))));
                    }
                })
                .check(LYCEUM);
    }

    @Test
    void only_views_and_their_helpers_depend_on_ui_packages() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..ui..")
                // Spring Security is told which view is the login page.
                .and()
                .doNotHaveFullyQualifiedName("io.lyceum.identity.SecurityConfig")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.lyceum..ui..")
                .check(LYCEUM);
    }

    @Test
    void only_the_plan_policy_reads_a_plans_limits() {
        // One reader of limits, so that every button and every refusal agree (seed 000).
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("io.lyceum.platform.PlanPolicy")
                .should()
                .callMethodWhere(new DescribedPredicate<>("reads a plan's limit") {
                    @Override
                    public boolean test(JavaMethodCall call) {
                        return call.getTargetOwner().getFullName().equals("io.lyceum.platform.Plan")
                                && call.getName().equals("limit");
                    }
                })
                .check(LYCEUM);
    }

    @Test
    void base_and_tenancy_depend_on_no_feature_module() {
        noClasses()
                .that()
                .resideInAnyPackage("io.lyceum.base..", "io.lyceum.tenancy..")
                .should()
                .dependOnClassesThat(new DescribedPredicate<>("belong to a feature module") {
                    @Override
                    public boolean test(JavaClass type) {
                        String module = module(type);
                        return type.getPackageName().startsWith("io.lyceum")
                                && !module.isEmpty()
                                && !module.equals("base")
                                && !module.equals("tenancy");
                    }
                })
                .check(LYCEUM);
    }

    @Test
    void only_tenancy_sets_the_organization_of_a_thread_for_good() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.lyceum.tenancy..")
                .should()
                .callMethod(TenantContext.class, "set", Tenant.class)
                .check(LYCEUM);
    }

    /** A constraint on a parameter of a class that is not {@code @Validated} is silently ignored. */
    @Test
    void constraints_on_parameters_are_checked_by_a_validated_class() {
        classes()
                .that()
                .areAnnotatedWith(Service.class)
                .or()
                .areAnnotatedWith(Component.class)
                .should(new ArchCondition<>("be @Validated when a method's parameters carry constraints") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        if (type.isAnnotatedWith(Validated.class)) {
                            return;
                        }
                        type.getMethods().stream()
                                .filter(method -> method.getParameters().stream()
                                        .flatMap(parameter -> parameter.getAnnotations().stream())
                                        .anyMatch(annotation -> annotation
                                                        .getRawType()
                                                        .isAssignableTo(Valid.class)
                                                || annotation.getRawType().isAnnotatedWith(Constraint.class)
                                                || annotation.getRawType().isMetaAnnotatedWith(Constraint.class)))
                                .forEach(method -> events.add(SimpleConditionEvent.violated(
                                        method, method.getFullName() + " has constrained parameters nobody checks")));
                    }
                })
                .check(LYCEUM);
    }

    /** A notice shown with Notification.show stays on the UI and follows the person to the next page. */
    @Test
    void notifications_are_raised_through_toast_which_scopes_them_to_their_view() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(Toast.class.getName())
                .should()
                .callMethodWhere(new DescribedPredicate<>("Notification.show") {
                    @Override
                    public boolean test(JavaMethodCall call) {
                        return call.getTargetOwner().isEquivalentTo(Notification.class)
                                && call.getName().equals("show");
                    }
                })
                .check(LYCEUM);
    }

    @Test
    void feature_modules_are_free_of_cycles() {
        slices().matching("io.lyceum.(*)..").should().beFreeOfCycles().check(LYCEUM);
    }
}
