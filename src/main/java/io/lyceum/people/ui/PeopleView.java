package io.lyceum.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import io.lyceum.base.Counted;
import io.lyceum.base.ui.FieldErrors;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.identity.InvalidUserException;
import io.lyceum.identity.InvitationLinks;
import io.lyceum.identity.NewUser;
import io.lyceum.identity.Role;
import io.lyceum.identity.Roles;
import io.lyceum.identity.UserService;
import io.lyceum.identity.UserSummary;
import io.lyceum.people.PeopleService;
import io.lyceum.platform.PlanLimitException;
import io.lyceum.shell.OrgLayout;
import io.lyceum.tenancy.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The organization's members, searched and paged, and inviting new ones with a single-use link. */
@Route(value = "admin/people", layout = OrgLayout.class)
@PageTitle("People")
@RolesAllowed(Roles.ADMIN)
class PeopleView extends Main {

    final TextField search = new TextField();
    final Button invite = new Button("Invite someone", VaadinIcon.PLUS.create());
    final Grid<UserSummary> grid = new Grid<>();
    private final PeopleService people;
    private final InvitationLinks links;

    PeopleView(PeopleService people, InvitationLinks links) {
        this.people = people;
        this.links = links;
        addClassName("page");
        search.setPlaceholder("Search by name or email");
        search.setAriaLabel("Search people");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(click -> new InviteDialog().open());

        var formatter = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withZone(TenantContext.require().timeZone());
        grid.addColumn(UserSummary::displayName)
                .setHeader("Name")
                .setSortProperty("displayName")
                .setFlexGrow(2);
        grid.addColumn(UserSummary::email)
                .setHeader("Email")
                .setSortProperty("email")
                .setFlexGrow(2);
        grid.addColumn(user ->
                        user.roles().stream().map(PeopleView::label).sorted().collect(Collectors.joining(", ")))
                .setHeader("Roles");
        grid.addColumn(user -> formatter.format(user.createdAt()))
                .setHeader("Member since")
                .setSortProperty("createdAt");
        grid.addComponentColumn(user -> {
                    var menu = new MenuBar();
                    menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
                    var item = menu.addItem("Manage");
                    item.setAriaLabel("Manage " + user.displayName());
                    item.getSubMenu().addItem("Link to set a new password…", click -> confirmPasswordLink(user));
                    return menu;
                })
                .setHeader("")
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.setItems(query -> people
                .members(
                        search.getValue(),
                        PageRequest.of(
                                query.getPage(),
                                query.getPageSize(),
                                query.getSortOrders().isEmpty()
                                        ? Sort.by("displayName")
                                        : VaadinSpringDataHelpers.toSpringDataSort(query)))
                .stream());
        grid.setEmptyStateText("Nobody matches this search.");

        var toolbar = new HorizontalLayout(search, invite);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new PageHeader("People", "Members of your organization and their roles."), toolbar, grid);
    }

    /** A member who forgot their password, or was locked out by someone guessing it, gets a link to set a new one. */
    void confirmPasswordLink(UserSummary user) {
        var confirm = new ConfirmDialog(
                "New password for " + user.displayName() + "?",
                "You get a link to send them. It lets them set a new password once, within "
                        + Counted.HOURS.of(UserService.RESET_VALIDITY.toHours()) + "; links made before stop working.",
                "Create link",
                event -> showPasswordLink(user, people.passwordResetLink(user.id())));
        confirm.setCancelable(true);
        confirm.open();
    }

    Dialog showPasswordLink(UserSummary user, String token) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Link for " + user.displayName());
        var link = new TextField("Link to set a new password");
        link.setReadOnly(true);
        link.setWidthFull();
        link.setValue(links.url(token));
        link.setHelperText("Send it to " + user.email() + " yourself: it works once.");
        dialog.add(link);
        dialog.getFooter().add(new Button("Close", click -> dialog.close()));
        dialog.setWidth("min(36rem, 95vw)");
        dialog.open();
        link.focus();
        return dialog;
    }

    static String label(Role role) {
        return switch (role) {
            case ADMIN -> "Admin";
            case INSTRUCTOR -> "Instructor";
            case STUDENT -> "Student";
        };
    }

    /** Name, email and role; on success the invitation link to pass on. */
    final class InviteDialog extends Dialog {

        final TextField name = new TextField("Name");
        final EmailField email = new EmailField("Email");
        final RadioButtonGroup<Role> role = new RadioButtonGroup<>("Role");
        final Button send = new Button("Create invitation");
        final TextField link = new TextField("Invitation link");
        /** The name and email rules of {@link NewUser}, checked as the service will. */
        final BeanValidationBinder<NewUser> binder = new BeanValidationBinder<>(NewUser.class);

        InviteDialog() {
            setHeaderTitle("Invite someone");
            name.setRequiredIndicatorVisible(true);
            name.setMaxLength(NewUser.NAME_MAX_LENGTH);
            email.setRequiredIndicatorVisible(true);
            binder.forField(name).bind("displayName");
            binder.forField(email).bind("email");
            role.setItems(Role.STUDENT, Role.INSTRUCTOR, Role.ADMIN);
            role.setItemLabelGenerator(PeopleView::label);
            role.setValue(Role.STUDENT);
            people.canAddInstructor().denial().ifPresent(reason -> {
                role.setItemEnabledProvider(choice -> choice != Role.INSTRUCTOR);
                role.setHelperText(reason);
            });
            link.setReadOnly(true);
            link.setVisible(false);
            link.setWidthFull();
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            send.addClickListener(click -> create());
            var cancel = new Button("Close", click -> close());
            add(new FormLayout(name, email, role), link);
            getFooter().add(cancel, send);
            setWidth("min(36rem, 95vw)");
        }

        void create() {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                var invited = people.invite(name.getValue(), email.getValue(), role.getValue());
                link.setValue(links.url(invited.token()));
                link.setHelperText("Send this link to " + invited.user().displayName() + ". It sets their password,"
                        + " works once and expires in " + Counted.DAYS.of(UserService.INVITATION_VALIDITY.toDays())
                        + ".");
                link.setVisible(true);
                send.setEnabled(false);
                grid.getDataProvider().refreshAll();
            } catch (ConstraintViolationException e) {
                FieldErrors.show(binder, e).forEach(this::refuseRole);
            } catch (InvalidUserException e) {
                if (!FieldErrors.show(binder, e.field(), e.getMessage())) {
                    refuseRole(e.getMessage());
                }
            } catch (PlanLimitException e) {
                refuseRole(e.getMessage());
            }
        }

        /** Roles and the plan's instructor limit: said under the role choice. */
        private void refuseRole(String message) {
            role.setErrorMessage(message);
            role.setInvalid(true);
        }
    }
}
