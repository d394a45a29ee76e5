package ecopark.publication;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import ecopark.UiTest;
import ecopark.publication.domain.Publication;
import ecopark.report.service.ReportService;
import ecopark.report.ui.ReportEditorView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The ways from the Vaadin application to the public portal (publication.web, plain pages outside Vaadin's router, so
 * every link is a full page load): the login page, the editor of a published report, the navigation. The portal's
 * pages themselves: {@code publication.web.PublicFormPagesTest}.
 */
class PortalLinksTest extends UiTest {

    @Autowired PublicationFixtures fixtures;
    @Autowired ReportService reports;

    @Test
    void the_login_page_links_to_the_public_forms() {
        navigate("login");

        Anchor link = _get(Anchor.class, spec -> spec.withId("public-forms-link"));
        assertThat(link.getHref()).isEqualTo("public/forms");
        assertThat(link.isRouterIgnore()).isTrue();
    }

    @Test
    void staff_start_a_correction_from_the_published_report_and_find_its_documents() {
        long report = fixtures.publishedReport();
        Publication publication = fixtures.currentPublicationOf(report);
        login("cc_staff");
        UI.getCurrent().navigate(ReportEditorView.class, report);

        Anchor publicPage = _get(Anchor.class, spec -> spec.withId("public-page"));
        assertThat(publicPage.getHref()).isEqualTo("public/forms/" + publication.getId());
        assertThat(publicPage.isRouterIgnore()).isTrue();
        // A published form is the record itself, not a draft: no draft PDF until a correction starts.
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Anchor.class, spec -> spec.withId("draft-pdf")))
                .isEmpty();
        com.github.mvysny.kaributesting.v10.ButtonKt._click(
                _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("start-correction")));
        com.vaadin.flow.component.confirmdialog.ConfirmDialog confirm =
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);

        assertThat(fixtures.as("cc_staff", () -> reports.get(report).getStatus()))
                .isEqualTo(ecopark.report.domain.ReportStatus.DRAFT);
        assertThat(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("park-name"))
                .isReadOnly()).isFalse();
        assertThat(_get(Anchor.class, spec -> spec.withId("draft-pdf")).getHref())
                .isEqualTo("documents/reports/" + report + "/draft.pdf");
    }

    @Test
    void signed_in_users_find_the_public_forms_in_the_navigation() {
        login("cc_reviewer1");
        navigate("");

        com.vaadin.flow.component.sidenav.SideNavItem portal = com.github.mvysny.kaributesting.v10.LocatorJ._find(
                com.vaadin.flow.component.sidenav.SideNavItem.class).stream()
                .filter(item -> "信息公开".equals(item.getLabel())).findFirst().orElseThrow();
        assertThat(portal.getPath()).isEqualTo("public/forms");
        assertThat(portal.isRouterIgnore()).isTrue();
    }
}
