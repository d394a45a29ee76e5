package ecopark.publication.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ecopark.publication.service.PublicationNotFoundException;
import jakarta.servlet.http.HttpServletResponse;

/** A public form id that is not a published form (never published, or no such id): 404 in the public frame. */
@ParentLayout(PublicLayout.class)
@AnonymousAllowed
public class PublicFormNotFound extends Div implements HasErrorParameter<PublicationNotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<PublicationNotFoundException> parameter) {
        removeAll();
        addClassName("public-not-found");
        add(new H2(getTranslation("publication.public.notFound")),
                new Paragraph(getTranslation("publication.public.notFound.text")),
                new RouterLink(getTranslation("publication.public.backToList"), PublicFormListView.class));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
