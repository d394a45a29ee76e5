package ecopark.publication.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ecopark.base.ui.LanguageSwitch;

/**
 * The frame of the public pages: no application navigation and no account, only the way to the list of published
 * forms, the language switch, the open API's documentation and the staff sign-in. Narrow enough for a phone.
 */
@AnonymousAllowed
public class PublicLayout extends Div implements RouterLayout {

    private final Main content = new Main();

    public PublicLayout() {
        addClassName("public-layout");
        RouterLink home = new RouterLink(PublicFormListView.class);
        home.add(new Icon(VaadinIcon.FACTORY), new Span(getTranslation("publication.public.brand")));
        home.addClassName("public-brand");
        Anchor signIn = new Anchor("login", getTranslation("publication.public.signIn"));
        signIn.addClassName("public-sign-in");
        signIn.setRouterIgnore(true);
        Header header = new Header(home, new Div(new LanguageSwitch(), signIn));
        header.addClassName("public-header");
        content.addClassName("public-content");
        Anchor api = new Anchor("swagger-ui.html", getTranslation("publication.public.api"));
        api.setRouterIgnore(true);
        Footer footer = new Footer(new Span(getTranslation("publication.public.footer")), api);
        footer.addClassName("public-footer");
        add(header, content, footer);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.removeAll();
        if (view instanceof Component component) {
            content.add(component);
        } else {
            content.getElement().appendChild(view.getElement());
        }
    }
}
