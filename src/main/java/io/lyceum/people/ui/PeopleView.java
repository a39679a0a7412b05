package io.lyceum.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import io.lyceum.base.NoSuchItemException;
import io.lyceum.base.i18n.Moments;
import io.lyceum.base.ui.Badge;
import io.lyceum.base.ui.DialogWidth;
import io.lyceum.base.ui.FieldErrors;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.base.ui.Toast;
import io.lyceum.identity.InvalidUserException;
import io.lyceum.identity.InvitationLinks;
import io.lyceum.identity.LastSignIn;
import io.lyceum.identity.Member;
import io.lyceum.identity.MemberStatus;
import io.lyceum.identity.NewUser;
import io.lyceum.identity.Role;
import io.lyceum.identity.Roles;
import io.lyceum.identity.UserService;
import io.lyceum.people.PeopleService;
import io.lyceum.platform.PlanLimitException;
import io.lyceum.shell.OrgLayout;
import io.lyceum.tenancy.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The organization's members, searched, filtered (role, status, cohort, last sign-in) and paged in
 * SQL; inviting new ones (the invitation goes by mail, its single-use link stays at hand for the
 * admin to pass on if the mail does not arrive), changing roles, deactivating and reactivating,
 * sending a link to set a new password, importing many from a CSV file.
 */
@Route(value = "admin/people", layout = OrgLayout.class)
@RolesAllowed(Roles.ADMIN)
class PeopleView extends Main implements HasDynamicTitle {

    final TextField search = new TextField();
    final Select<Role> role = new Select<>();
    final Select<MemberStatus> status = new Select<>();
    final ComboBox<String> cohort = new ComboBox<>();
    final Select<LastSignIn> lastSignIn = new Select<>();
    final Button invite = new Button(getTranslation("people.invite"), VaadinIcon.PLUS.create());
    final Button importCsv = new Button(getTranslation("people.import"), VaadinIcon.UPLOAD.create());
    final Grid<PeopleService.Person> grid = new Grid<>();
    private final PeopleService people;
    private final InvitationLinks links;
    private final Moments moments;

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
        role.setLabel(getTranslation("people.filter.role"));
        role.setItems(Role.ADMIN, Role.INSTRUCTOR, Role.STUDENT);
        role.setItemLabelGenerator(choice -> choice == null ? getTranslation("people.filter.any") : label(choice));
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("people.filter.any"));
        status.setLabel(getTranslation("people.filter.status"));
        status.setItems(MemberStatus.values());
        status.setItemLabelGenerator(choice -> choice == null ? getTranslation("people.filter.any") : label(choice));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("people.filter.any"));
        cohort.setLabel(getTranslation("people.filter.cohort"));
        cohort.setPlaceholder(getTranslation("people.filter.any"));
        cohort.setItems(people.cohorts());
        cohort.setClearButtonVisible(true);
        lastSignIn.setLabel(getTranslation("people.filter.last-sign-in"));
        lastSignIn.setItems(LastSignIn.values());
        lastSignIn.setItemLabelGenerator(
                choice -> choice == null ? getTranslation("people.filter.any") : label(choice));
        lastSignIn.setEmptySelectionAllowed(true);
        lastSignIn.setEmptySelectionCaption(getTranslation("people.filter.any"));
        role.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        cohort.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        lastSignIn.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(click -> new InviteDialog().open());
        importCsv.addClickListener(click -> importCsv.getUI().ifPresent(ui -> ui.navigate(PeopleImportView.class)));

        moments = new Moments(getLocale(), TenantContext.require().timeZone());
        grid.addColumn(person -> person.member().displayName())
                .setHeader(getTranslation("people.column.name"))
                .setSortProperty("displayName")
                .setFlexGrow(2);
        grid.addColumn(person -> person.member().email())
                .setHeader(getTranslation("people.column.email"))
                .setSortProperty("email")
                .setFlexGrow(2);
        grid.addColumn(person -> roles(person.member().roles())).setHeader(getTranslation("people.column.roles"));
        grid.addComponentColumn(person -> statusBadge(person.member().status()))
                .setHeader(getTranslation("people.column.status"));
        grid.addColumn(person -> String.join(", ", person.cohorts())).setHeader(getTranslation("people.column.cohort"));
        grid.addColumn(person -> lastSignedIn(person.member()))
                .setHeader(getTranslation("people.column.last-sign-in"))
                .setSortProperty("lastSignedInAt");
        grid.addColumn(person -> moments.date(person.member().createdAt()))
                .setHeader(getTranslation("people.column.member-since"))
                .setSortProperty("createdAt");
        grid.addComponentColumn(person -> manage(person.member()))
                .setHeader("")
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.setItems(query -> people
                .people(
                        filter(),
                        PageRequest.of(
                                query.getPage(),
                                query.getPageSize(),
                                query.getSortOrders().isEmpty()
                                        ? Sort.by("displayName")
                                        : VaadinSpringDataHelpers.toSpringDataSort(query)))
                .stream());
        grid.setEmptyStateText(getTranslation("people.empty"));

        var toolbar = new HorizontalLayout(search, role, status, cohort, lastSignIn, invite, importCsv);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        add(new PageHeader(getTranslation("people.title"), getTranslation("people.lead")), toolbar, grid);
    }

    /** What the filters above the grid ask for. */
    PeopleService.Filter filter() {
        return new PeopleService.Filter(
                search.getValue(), role.getValue(), status.getValue(), lastSignIn.getValue(), cohort.getValue());
    }

    private MenuBar manage(Member member) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        var item = menu.addItem(getTranslation("people.manage"));
        item.setAriaLabel(getTranslation("people.manage.aria", member.displayName()));
        var actions = item.getSubMenu();
        actions.addItem(getTranslation("people.roles.menu"), click -> new RolesDialog(member).open());
        if (member.status() != MemberStatus.DEACTIVATED) {
            actions.addItem(getTranslation("invite-mail.people.reset.menu"), click -> confirmPasswordLink(member));
            actions.addItem(getTranslation("people.deactivate.menu"), click -> confirmDeactivate(member));
        } else {
            actions.addItem(getTranslation("people.reactivate.menu"), click -> confirmReactivate(member));
        }
        return menu;
    }

    String roles(Set<Role> roles) {
        return roles.stream().map(this::label).sorted().collect(Collectors.joining(", "));
    }

    private Badge statusBadge(MemberStatus status) {
        return new Badge(
                label(status),
                switch (status) {
                    case ACTIVE -> Badge.Tone.SUCCESS;
                    case INVITED -> Badge.Tone.NEUTRAL;
                    case DEACTIVATED -> Badge.Tone.ERROR;
                });
    }

    String lastSignedIn(Member member) {
        return member.lastSignedInAt() == null
                ? getTranslation("people.last-sign-in.never")
                : moments.dateTime(member.lastSignedInAt());
    }

    /** Deactivation, confirmed: the member cannot sign in any more and their sessions end; their history stays. */
    ConfirmDialog confirmDeactivate(Member member) {
        var confirm = new ConfirmDialog(
                getTranslation("people.deactivate.confirm.title", member.displayName()),
                getTranslation("people.deactivate.confirm.text", member.email()),
                getTranslation("people.deactivate.confirm.button"),
                event -> act(() -> people.deactivate(member.id()), "people.deactivate.done", member));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("people.cancel"));
        confirm.open();
        return confirm;
    }

    ConfirmDialog confirmReactivate(Member member) {
        var confirm = new ConfirmDialog(
                getTranslation("people.reactivate.confirm.title", member.displayName()),
                getTranslation("people.reactivate.confirm.text", member.email()),
                getTranslation("people.reactivate.confirm.button"),
                event -> act(() -> people.reactivate(member.id()), "people.reactivate.done", member));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("people.cancel"));
        confirm.open();
        return confirm;
    }

    /** Does it; says so, or why not (the last admin, oneself, a member gone meanwhile). */
    private void act(Runnable action, String done, Member member) {
        try {
            action.run();
            Toast.success(getTranslation(done, member.displayName()));
        } catch (InvalidUserException e) {
            Toast.error(e.getMessage());
        } catch (NoSuchItemException e) {
            Toast.error(getTranslation("people.gone"));
        }
        grid.getDataProvider().refreshAll();
    }

    /**
     * A member who forgot their password, or was locked out by someone guessing it, gets a link to set
     * a new one by mail.
     */
    void confirmPasswordLink(Member user) {
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
    Dialog showPasswordLink(Member user, String token) {
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

    String label(MemberStatus status) {
        return getTranslation(
                switch (status) {
                    case ACTIVE -> "people.status.active";
                    case INVITED -> "people.status.invited";
                    case DEACTIVATED -> "people.status.deactivated";
                });
    }

    String label(LastSignIn lastSignIn) {
        return getTranslation(
                switch (lastSignIn) {
                    case NEVER -> "people.last-sign-in.never";
                    case WITHIN_7_DAYS -> "people.last-sign-in.7-days";
                    case WITHIN_30_DAYS -> "people.last-sign-in.30-days";
                    case OVER_90_DAYS -> "people.last-sign-in.over-90-days";
                });
    }

    /** The member's roles, several at once; the instructor role only within the plan, unless they hold it. */
    final class RolesDialog extends Dialog {

        final CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("people.roles.label"));
        final Button save = new Button(getTranslation("people.roles.save"));
        private final Member member;

        RolesDialog(Member member) {
            this.member = member;
            setHeaderTitle(getTranslation("people.roles.title", member.displayName()));
            roles.setItems(Role.STUDENT, Role.INSTRUCTOR, Role.ADMIN);
            roles.setItemLabelGenerator(PeopleView.this::label);
            roles.setValue(EnumSet.copyOf(member.roles()));
            roles.setRequiredIndicatorVisible(true);
            if (!member.roles().contains(Role.INSTRUCTOR)) {
                people.canAddInstructor().denial().ifPresent(reason -> {
                    roles.setItemEnabledProvider(choice -> choice != Role.INSTRUCTOR);
                    roles.setHelperText(reason);
                });
            }
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(click -> save());
            var cancel = new Button(getTranslation("people.cancel"), click -> close());
            add(roles);
            getFooter().add(cancel, save);
            DialogWidth.NARROW.apply(this);
        }

        void save() {
            if (roles.getValue().isEmpty()) {
                refuse(getTranslation("people.roles.required"));
                return;
            }
            try {
                people.changeRoles(member.id(), roles.getValue());
                Toast.success(getTranslation("people.roles.done", member.displayName()));
                grid.getDataProvider().refreshAll();
                close();
            } catch (InvalidUserException | PlanLimitException e) {
                refuse(e.getMessage());
            } catch (ConstraintViolationException e) {
                refuse(e.getConstraintViolations().iterator().next().getMessage());
            } catch (NoSuchItemException e) {
                refuse(getTranslation("people.gone"));
            }
        }

        private void refuse(String message) {
            roles.setErrorMessage(message);
            roles.setInvalid(true);
        }
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
