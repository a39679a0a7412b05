package io.lyceum.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.lyceum.base.Initials;
import io.lyceum.base.i18n.Translations;
import io.lyceum.identity.CurrentUser;
import io.lyceum.identity.LanguagePreference;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.Role;
import io.lyceum.plugin.NavEntry;
import io.lyceum.plugin.PluginService;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import io.lyceum.tenancy.TenantPage;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The organization's application shell: its name and logo, navigation for the signed-in person's
 * roles and the organization's active plugins, and the user menu.
 *
 * <p>Also the automatic layout of admin pages that name no layout: modules below the shell (the
 * plugin admin page) cannot name this class without a module cycle. Pages elsewhere still name
 * their layout; the login and invitation pages opt out of automatic layouts.
 */
@Layout("/admin")
@PermitAll
public class OrgLayout extends AppLayout implements TenantPage {

    /** The signed-in person's mail preferences (the mail module's page). */
    static final String NOTIFICATIONS = "account/notifications";

    final SideNav navigation = new SideNav();
    private final Translations translations;
    final MenuBar userMenu = new MenuBar();
    final Avatar logo;
    /** The organization's own logo, when it has one (in place of the initials). */
    final Image logoImage = new Image();

    final Span orgName = new Span();
    final Avatar accountAvatar;
    /** What modules have to say above every page, for this person, at this navigation. */
    final Div notices = new Div();

    private final List<LayoutNotice> noticeSources;
    private final LyceumUser signedIn;

    OrgLayout(
            CurrentUser currentUser,
            PluginService plugins,
            AuthenticationContext authentication,
            LanguagePreference languages,
            Translations translations,
            List<LayoutNotice> notices) {
        this.translations = translations;
        this.noticeSources = List.copyOf(notices);
        this.signedIn = currentUser.require();
        this.notices.addClassName("layout-notices");
        Tenant tenant = TenantContext.require();
        LyceumUser user = currentUser.require();

        logo = new Avatar(tenant.name());
        logo.setColorIndex((int) (tenant.id() % 7));
        logo.getElement().setAttribute("aria-hidden", "true");
        // The name next to it says who this is: the logo is decoration for assistive technology.
        logoImage.setAlt("");
        logoImage.addClassName("org-logo");
        orgName.addClassName("org-name");
        var brand = new Div(logo, logoImage, orgName);
        brand.addClassName("org-brand");
        showBrand(tenant);

        accountAvatar = new Avatar(user.displayName());
        accountAvatar.setAbbreviation(Initials.of(user.displayName()));
        var accountLabel = new Span(accountAvatar, new Span(user.displayName()));
        accountLabel.addClassName("account");
        var account = userMenu.addItem(accountLabel);
        var language = account.getSubMenu().addItem(getTranslation("account.language"));
        for (Locale spoken : Translations.LOCALES) {
            // Each language is named in itself, so that someone who cannot read the current one finds theirs.
            var choice = language.getSubMenu()
                    .addItem(spoken.getDisplayLanguage(spoken), click -> chooseLanguage(languages, spoken));
            choice.setCheckable(true);
            choice.setChecked(spoken.getLanguage().equals(getLocale().getLanguage()));
        }
        // The mail module's page, by its address: the shell cannot name a class of a module above it.
        account.getSubMenu()
                .addItem(
                        getTranslation("mailcore.account-menu"),
                        click -> getUI().ifPresent(ui -> ui.navigate(NOTIFICATIONS)));
        account.getSubMenu().addItem(getTranslation("account.sign-out"), click -> authentication.logout());
        userMenu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        userMenu.getElement().setAttribute("aria-label", getTranslation("account.menu"));

        var spacer = new Div();
        spacer.addClassName("spacer");
        var header = new Div(new DrawerToggle(), brand, spacer, userMenu);
        header.addClassName("app-header");
        addToNavbar(header);

        for (NavGroup group : entries(user.roles(), plugins.navigation(user.roles()))) {
            navigation.addItem(item(group.entry()));
            // An area's pages follow it, indented: always in view, and no nested item, whose fold
            // button Vaadin gives an ARIA reference axe rejects (aria-valid-attr-value).
            for (NavEntry child : group.children()) {
                var item = item(child);
                item.addClassName(AREA_PAGE);
                navigation.addItem(item);
            }
        }
        navigation.getElement().setAttribute("aria-label", getTranslation("nav.main"));
        addToDrawer(new Scroller(navigation));
        setPrimarySection(Section.DRAWER);
    }

    /**
     * The page, with the modules' notices above it when there are any. The frame takes no box of its
     * own ({@code display: contents}), so pages lay out as they do without notices.
     */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        // The layout lives as long as the UI: the organization's name and logo as of this request.
        TenantContext.current().ifPresent(this::showBrand);
        super.showRouterLayoutContent(content);
        notices.removeAll();
        noticeSources.forEach(source -> source.notice(signedIn).ifPresent(notices::add));
        Component page = getContent();
        if (page != null && notices.getComponentCount() > 0) {
            setContent(null); // else replacing the content would take the page out of the frame again
            var frame = new Div(notices, page);
            frame.addClassName("layout-frame");
            setContent(frame);
        }
    }

    private void showBrand(Tenant tenant) {
        orgName.setText(tenant.name());
        logo.setName(tenant.name());
        logo.setAbbreviation(Initials.of(tenant.name()));
        String logoPath = tenant.logoPath();
        logo.setVisible(logoPath == null);
        logoImage.setVisible(logoPath != null);
        if (logoPath != null) {
            logoImage.setSrc(logoPath);
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        setContent(null);
    }

    /**
     * A navigation entry in the reader's language: its message {@code nav.<path>} ("nav.learn.catalog"),
     * else the label its module gave.
     */
    private SideNavItem item(NavEntry entry) {
        String label = translations
                .find("nav" + entry.path().replace('/', '.'), getLocale())
                .orElse(entry.label());
        return new SideNavItem(
                label, entry.path(), VaadinIcon.valueOf(entry.icon()).create());
    }

    /** The class of a side navigation entry that is a page of the area above it. */
    static final String AREA_PAGE = "nav-area-page";

    /** An entry of the side navigation and the entries shown inside it. */
    record NavGroup(NavEntry entry, List<NavEntry> children) {}

    /** The areas whose home page holds the pages below its path: teaching and administration. */
    private static final Set<String> AREAS = Set.of("/teach", "/admin");

    /**
     * Core pages by role and the active plugins' entries, each page once: a page below an area's
     * path ({@code /teach/courses}, {@code /admin/certificates}) goes inside that area's entry, so
     * that "Teach" and the courses it leads to are one place rather than two look-alike entries;
     * any other plugin page follows the core pages of its first path segment (My certificates after
     * the learning pages), else comes last.
     */
    static List<NavGroup> entries(Set<Role> roles, List<NavEntry> pluginEntries) {
        var core = List.of(
                new NavEntry("My learning", "/learn", "ACADEMY_CAP", Set.of(Role.values())),
                new NavEntry("Catalog", "/learn/catalog", "OPEN_BOOK", Set.of(Role.values())),
                new NavEntry("Teach", "/teach", "EDIT", Set.of(Role.INSTRUCTOR, Role.ADMIN)),
                new NavEntry("Admin", "/admin", "COG", Set.of(Role.ADMIN)),
                new NavEntry("People", "/admin/people", "USERS", Set.of(Role.ADMIN)),
                new NavEntry("Branding", "/admin/branding", "PALETTE", Set.of(Role.ADMIN)),
                new NavEntry("Custom domain", "/admin/branding/domain", "GLOBE", Set.of(Role.ADMIN)),
                new NavEntry("Required training", "/admin/required-training", "CALENDAR_CLOCK", Set.of(Role.ADMIN)),
                new NavEntry("Plugins", "/admin/plugins", "PLUG", Set.of(Role.ADMIN)),
                new NavEntry("Billing", "/admin/billing", "CREDIT_CARD", Set.of(Role.ADMIN)),
                new NavEntry("Email", "/admin/email", "ENVELOPE", Set.of(Role.ADMIN)),
                new NavEntry("Audit log", "/admin/audit", "LIST", Set.of(Role.ADMIN)),
                new NavEntry("Data", "/admin/data", "DATABASE", Set.of(Role.ADMIN)));
        var visible = new ArrayList<NavEntry>();
        core.stream().filter(entry -> entry.visibleTo(roles)).forEach(visible::add);
        pluginEntries.stream().filter(entry -> entry.visibleTo(roles)).forEach(visible::add);

        var groups = new ArrayList<NavGroup>();
        var seen = new HashSet<String>();
        for (NavEntry entry : visible) {
            if (!seen.add(entry.path())) {
                continue;
            }
            var area = groups.stream()
                    .filter(group -> AREAS.contains(group.entry().path())
                            && entry.path().startsWith(group.entry().path() + "/"))
                    .findFirst();
            if (area.isPresent()) {
                area.get().children().add(entry);
                continue;
            }
            int after = -1;
            for (int i = 0; i < groups.size(); i++) {
                if (firstSegment(groups.get(i).entry().path()).equals(firstSegment(entry.path()))) {
                    after = i;
                }
            }
            groups.add(after < 0 ? groups.size() : after + 1, new NavGroup(entry, new ArrayList<>()));
        }
        return groups.stream()
                .map(group -> new NavGroup(group.entry(), List.copyOf(group.children())))
                .toList();
    }

    private static String firstSegment(String path) {
        int slash = path.indexOf('/', 1);
        return slash < 0 ? path : path.substring(0, slash);
    }

    /** Stores the choice and reloads, so that every part of the page, and every later one, speaks it. */
    private void chooseLanguage(LanguagePreference languages, Locale spoken) {
        languages.choose(spoken);
        getUI().ifPresent(ui -> {
            ui.setLocale(spoken);
            ui.getPage().reload();
        });
    }
}
