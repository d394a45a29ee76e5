package ecopark.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The one page for an address that leads nowhere, inside the main layout so the navigation stays: an unknown path,
 * an id that does not exist ({@code /report/999}, {@code /rectification/99999}) or does not parse
 * ({@code /report/abc}). Replaces Vaadin's bare English "Could not navigate" page. Views send unknown ids here with
 * {@code event.rerouteToError(NotFoundException.class)}.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    public NotFoundView() {
        addClassName("not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        Paragraph text = new Paragraph(getTranslation("notFound.text", "/" + event.getLocation().getPath()));
        text.setId("not-found-text");
        Button back = new Button(getTranslation("notFound.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.getPage().getHistory().back()));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.setId("not-found-back");
        Anchor home = new Anchor("", getTranslation("notFound.home"));
        home.setId("not-found-home");
        HorizontalLayout ways = new HorizontalLayout(back, home);
        ways.setAlignItems(Alignment.CENTER);
        add(new H2(getTranslation("notFound.title")), text, ways);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notFound.title");
    }
}
