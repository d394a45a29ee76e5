package ecopark.publication.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ecopark.publication.document.FormTexts;
import ecopark.publication.domain.PublicationListing;
import ecopark.publication.service.PublicForm;
import ecopark.publication.service.PublicForms;
import ecopark.publication.service.PublicationNotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * One published disclosure form for everyone: the official layout of the three sections, the PDF and Word downloads,
 * the park's indicator results across the years it published, and the form's versions (a superseded form says so and
 * links to the correction). An id that is not a published form shows "not found" — nothing unpublished is reachable.
 */
@Route(value = "public/forms", layout = PublicLayout.class, autoLayout = false)
@AnonymousAllowed
public class PublicFormView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    /** Where the open API serves a published form's documents. */
    static final String PDF = "api/public/forms/%d/pdf";
    static final String DOCX = "api/public/forms/%d/docx";

    private final PublicForms forms;
    private final Clock clock;
    private String title = "";

    public PublicFormView(PublicForms forms, Clock clock) {
        this.forms = forms;
        this.clock = clock;
        addClassName("public-form");
    }

    @Override
    public void setParameter(BeforeEvent event, Long publicationId) {
        try {
            show(forms.form(publicationId));
        } catch (PublicationNotFoundException e) {
            event.rerouteToError(e, e.getMessage());
        }
    }

    private void show(PublicForm published) {
        removeAll();
        PublicationListing publication = published.publication();
        FormTexts texts = new FormTexts(getLocale());
        title = texts.title(published.form());
        RouterLink back = new RouterLink(getTranslation("publication.public.backToList"), PublicFormListView.class);
        back.addClassName("public-back");
        add(back);
        List<PublicationListing> versions = forms.versions(publication.id());
        if (!publication.isCurrent()) {
            add(supersededNotice(versions));
        }
        H1 heading = new H1(title);
        heading.addClassName("form-title");
        Paragraph meta = new Paragraph(publication.parkName() + " · " + getTranslation("publication.public.published",
                date(publication), publication.revisionNumber()));
        meta.addClassName("form-meta");
        add(heading, meta, downloads(publication.id()));
        add(new DisclosureFormSheet(published.form(), texts));

        H2 history = new H2(getTranslation("publication.public.yearOverYear"));
        history.setId("year-over-year-heading");
        add(history, new Paragraph(getTranslation("publication.public.yearOverYear.text", publication.parkName())),
                new YearOverYearTable(forms.yearOverYear(publication.parkId()), texts));
        if (versions.size() > 1) {
            add(new H2(getTranslation("publication.public.versions")), versionList(versions, publication.id()));
        }
    }

    private Div downloads(long id) {
        Anchor pdf = new Anchor(PDF.formatted(id), getTranslation("publication.download.pdf"));
        pdf.setId("download-pdf");
        pdf.getElement().setAttribute("download", true);
        pdf.setRouterIgnore(true);
        pdf.addComponentAsFirst(VaadinIcon.FILE_TEXT_O.create());
        Anchor docx = new Anchor(DOCX.formatted(id), getTranslation("publication.download.docx"));
        docx.setId("download-docx");
        docx.getElement().setAttribute("download", true);
        docx.setRouterIgnore(true);
        docx.addComponentAsFirst(VaadinIcon.FILE_O.create());
        docx.setTarget(AnchorTarget.DEFAULT);
        Div bar = new Div(pdf, docx);
        bar.addClassName("form-downloads");
        return bar;
    }

    private Div supersededNotice(List<PublicationListing> versions) {
        Div notice = new Div(new Span(getTranslation("publication.public.supersededNotice")));
        notice.setId("superseded-notice");
        notice.addClassName("superseded-notice");
        versions.stream().filter(PublicationListing::isCurrent).findFirst().ifPresent(current -> notice.add(
                new RouterLink(getTranslation("publication.public.readCurrent"), PublicFormView.class, current.id())));
        return notice;
    }

    private UnorderedList versionList(List<PublicationListing> versions, long shown) {
        UnorderedList list = new UnorderedList();
        list.setId("form-versions");
        for (PublicationListing version : versions) {
            String label = getTranslation("publication.public.version", version.revisionNumber(), date(version))
                    + (version.isCurrent() ? "" : " · " + getTranslation("publication.superseded"));
            list.add(new ListItem(version.id() == shown ? new Span(label)
                    : new RouterLink(label, PublicFormView.class, version.id())));
        }
        return list;
    }

    private String date(PublicationListing publication) {
        return LocalDate.ofInstant(publication.publishedAt(), clock.getZone()).toString();
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.title");
    }
}
