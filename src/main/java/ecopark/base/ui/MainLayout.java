package ecopark.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame of every signed-in page: navigation filtered to what the role may open (from the views' {@code @Menu}
 * and access annotations), the user's name, role and park or jurisdiction, the features' top-bar widgets (the notification bell), the language switch, the way to change
 * one's password, and logout.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();

    public MainLayout(CurrentAccount account, ObjectProvider<NavbarWidget> widgets) {
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

        Span appName = new Span(getTranslation("app.title"));
        appName.addClassName("app-name");
        Div brand = new Div(new Icon(VaadinIcon.FACTORY), appName);
        brand.addClassName("brand");

        addToDrawer(brand, new Scroller(navigation()), accountCard(account));

        viewTitle.addClassName("view-title");
        HorizontalLayout navbar = new HorizontalLayout(new DrawerToggle(), viewTitle);
        widgets.orderedStream().forEach(widget -> navbar.add(widget.create()));
        navbar.add(new LanguageSwitch());
        navbar.setWidthFull();
        navbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        navbar.expand(viewTitle);
        navbar.addClassName("navbar");
        addToNavbar(navbar);
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addClassName("main-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
                item.setPrefixComponent(new Icon("vaadin", entry.icon().substring("vaadin:".length())));
            }
            nav.addItem(item);
        }
        // The public portal is plain server-rendered pages (publication.web), not a Vaadin route: a full page load.
        SideNavItem portal = new SideNavItem(getTranslation("publication.nav"), "public/forms",
                new Icon(VaadinIcon.GLOBE));
        portal.setRouterIgnore(true);
        nav.addItem(portal);
        return nav;
    }

    private Component accountCard(CurrentAccount account) {
        Div card = new Div();
        card.addClassName("account-card");
        account.badge().ifPresent(badge -> {
            Span name = new Span(badge.displayName());
            name.addClassName("account-name");
            Span role = new Span(getTranslation(badge.roleKey()));
            role.addClassName("account-role");
            Span scope = new Span(badge.scopeName());
            scope.addClassName("account-scope");
            card.add(name, role, scope);
        });
        Button changePassword = new Button(getTranslation("action.changePassword"), new Icon(VaadinIcon.KEY),
                e -> account.changePassword());
        changePassword.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        changePassword.addClassName("change-password");
        Button logout = new Button(getTranslation("action.logout"), new Icon(VaadinIcon.SIGN_OUT), e -> account.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        logout.addClassName("logout");
        card.add(changePassword, logout);
        return card;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(getContent() instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
    }
}
