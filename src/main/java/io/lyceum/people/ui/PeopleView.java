package io.lyceum.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import io.lyceum.base.i18n.Moments;
import io.lyceum.base.ui.DialogWidth;
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
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The organization's members, searched and paged, and inviting new ones: the invitation goes by
 * mail, its single-use link stays at hand for the admin to pass on if the mail does not arrive.
 */
@Route(value = "admin/people", layout = OrgLayout.class)
@RolesAllowed(Roles.ADMIN)
class PeopleView extends Main implements HasDynamicTitle {

    final TextField search = new TextField();
    final Button invite = new Button(getTranslation("people.invite"), VaadinIcon.PLUS.create());
    final Grid<UserSummary> grid = new Grid<>();
    private final PeopleService people;
    private final InvitationLinks links;

    PeopleView(PeopleService people, InvitationLinks links) {
        this.people = people;
        this.links = links;
        addClassName("page");
        search.setPlaceholder(getTranslation("people.search"));
        search.setAriaLabel(getTranslation("people.search.aria"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(click -> new InviteDialog().open());

        var moments = new Moments(getLocale(), TenantContext.require().timeZone());
        grid.addColumn(UserSummary::displayName)
                .setHeader(getTranslation("people.column.name"))
                .setSortProperty("displayName")
                .setFlexGrow(2);
        grid.addColumn(UserSummary::email)
                .setHeader(getTranslation("people.column.email"))
                .setSortProperty("email")
                .setFlexGrow(2);
        grid.addColumn(user -> user.roles().stream().map(this::label).sorted().collect(Collectors.joining(", ")))
                .setHeader(getTranslation("people.column.roles"));
        grid.addColumn(user -> moments.date(user.createdAt()))
                .setHeader(getTranslation("people.column.member-since"))
                .setSortProperty("createdAt");
        grid.addComponentColumn(user -> {
                    var menu = new MenuBar();
                    menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
                    var item = menu.addItem(getTranslation("people.manage"));
                    item.setAriaLabel(getTranslation("people.manage.aria", user.displayName()));
                    item.getSubMenu()
                            .addItem(
                                    getTranslation("invite-mail.people.reset.menu"),
                                    click -> confirmPasswordLink(user));
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
        grid.setEmptyStateText(getTranslation("people.empty"));

        var toolbar = new HorizontalLayout(search, invite);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new PageHeader(getTranslation("people.title"), getTranslation("people.lead")), toolbar, grid);
    }

    /**
     * A member who forgot their password, or was locked out by someone guessing it, gets a link to set
     * a new one by mail.
     */
    void confirmPasswordLink(UserSummary user) {
        var confirm = new ConfirmDialog(
                getTranslation("people.password-link.confirm.title", user.displayName()),
                getTranslation("invite-mail.people.reset.confirm", UserService.RESET_VALIDITY.toHours()),
                getTranslation("invite-mail.people.reset.send"),
                event -> showPasswordLink(user, people.passwordResetLink(user.id())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("people.cancel"));
        confirm.open();
    }

    /** Says the link went by mail; the link itself under "if the email does not arrive", to pass on by hand. */
    Dialog showPasswordLink(UserSummary user, String token) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("people.password-link.title", user.displayName()));
        var link = new TextField(getTranslation("people.password-link.label"));
        link.setReadOnly(true);
        link.setWidthFull();
        link.setValue(links.resetUrl(token));
        link.setHelperText(getTranslation("people.password-link.help", user.email()));
        var sent = new Paragraph(getTranslation("invite-mail.people.reset.sent", user.email()));
        sent.addClassName("sent-notice");
        dialog.add(sent, fallback(link));
        var close = new Button(getTranslation("people.close"), click -> dialog.close());
        dialog.getFooter().add(close);
        DialogWidth.NARROW.apply(dialog);
        dialog.open();
        close.focus();
        return dialog;
    }

    /** The link, for when the mail does not arrive: folded away, the mail is the way. */
    private Details fallback(TextField link) {
        var details = new Details(getTranslation("invite-mail.people.fallback"), link);
        details.setWidthFull();
        return details;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.page-title");
    }

    String label(Role role) {
        return getTranslation(
                switch (role) {
                    case ADMIN -> "people.role.admin";
                    case INSTRUCTOR -> "people.role.instructor";
                    case STUDENT -> "people.role.student";
                });
    }

    /** Name, email and role; on success: the invitation went by mail, and its link to pass on if it does not arrive. */
    final class InviteDialog extends Dialog {

        final TextField name = new TextField(getTranslation("people.invite.name"));
        final EmailField email = new EmailField(getTranslation("people.invite.email"));
        final RadioButtonGroup<Role> role = new RadioButtonGroup<>(getTranslation("people.invite.role"));
        final Button send = new Button(getTranslation("invite-mail.people.send"));
        final Paragraph sent = new Paragraph();
        final TextField link = new TextField(getTranslation("people.invite.link"));
        final Details fallback = fallback(link);
        /** The name and email rules of {@link NewUser}, checked as the service will. */
        final BeanValidationBinder<NewUser> binder = new BeanValidationBinder<>(NewUser.class);

        InviteDialog() {
            setHeaderTitle(getTranslation("people.invite.title"));
            name.setRequiredIndicatorVisible(true);
            name.setMaxLength(NewUser.NAME_MAX_LENGTH);
            email.setRequiredIndicatorVisible(true);
            binder.forField(name).bind("displayName");
            binder.forField(email).bind("email");
            role.setItems(Role.STUDENT, Role.INSTRUCTOR, Role.ADMIN);
            role.setItemLabelGenerator(PeopleView.this::label);
            role.setValue(Role.STUDENT);
            people.canAddInstructor().denial().ifPresent(reason -> {
                role.setItemEnabledProvider(choice -> choice != Role.INSTRUCTOR);
                role.setHelperText(reason);
            });
            link.setReadOnly(true);
            link.setWidthFull();
            sent.addClassName("sent-notice");
            sent.setVisible(false);
            fallback.setVisible(false);
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            send.addClickListener(click -> create());
            var cancel = new Button(getTranslation("people.close"), click -> close());
            add(new FormLayout(name, email, role), sent, fallback);
            getFooter().add(cancel, send);
            DialogWidth.NARROW.apply(this);
        }

        void create() {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                var invited = people.invite(name.getValue(), email.getValue(), role.getValue());
                sent.setText(getTranslation(
                        "invite-mail.people.sent", invited.user().email(), UserService.INVITATION_VALIDITY.toDays()));
                sent.setVisible(true);
                link.setValue(links.url(invited.token()));
                link.setHelperText(getTranslation(
                        "people.invite.link.help",
                        invited.user().displayName(),
                        UserService.INVITATION_VALIDITY.toDays()));
                fallback.setVisible(true);
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
