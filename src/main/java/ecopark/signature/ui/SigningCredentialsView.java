package ecopark.signature.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import ecopark.security.AppRole;
import ecopark.signature.service.CertificateSummary;
import ecopark.signature.service.CredentialRow;
import ecopark.signature.service.SigningCredentials;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * The jurisdictions' signing certificates, for administrators: each jurisdiction with its certificate (subject,
 * issuer, serial, validity, SHA-256 fingerprint, whether it is a test certificate), and the upload of a PKCS#12
 * keystore that installs or replaces it. The package a province sends is signed with it (PAdES B-B).
 */
@Route("admin/signing")
@Menu(order = 91.5, title = "nav.admin.signing", icon = "vaadin:diploma-scroll")
@RolesAllowed(AppRole.ADMIN_NAME)
public class SigningCredentialsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SigningCredentials credentials;
    private final Clock clock;
    private final Grid<CredentialRow> grid = new Grid<>();

    public SigningCredentialsView(SigningCredentials credentials, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
        addClassName("signing-credentials");
        setSizeFull();

        Paragraph intro = new Paragraph(getTranslation("signature.admin.intro"));
        intro.addClassName("hint");

        grid.addColumn(CredentialRow::jurisdictionName).setHeader(getTranslation("signature.admin.jurisdiction"))
                .setFlexGrow(2).setKey("jurisdiction");
        grid.addColumn(r -> getTranslation(r.level().labelKey())).setHeader(getTranslation("signature.admin.level"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::certificateCell).setHeader(getTranslation("signature.admin.certificate"))
                .setFlexGrow(5).setKey("certificate");
        grid.addColumn(r -> r.hasCertificate() ? DAY.format(r.certificate().notBefore().atZone(clock.getZone()))
                + " – " + DAY.format(r.certificate().notAfter().atZone(clock.getZone())) : "")
                .setHeader(getTranslation("signature.admin.validity")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.hasCertificate() ? getTranslation("signature.admin.installed", when(r.installedAt()),
                r.installedBy()) : "").setHeader(getTranslation("signature.admin.installedHeader")).setAutoWidth(true);
        grid.addComponentColumn(this::uploadButton).setFlexGrow(0).setAutoWidth(true).setKey("upload");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(false);
        refresh();

        add(intro, grid);
        expand(grid);
    }

    private Component certificateCell(CredentialRow row) {
        Div cell = new Div();
        cell.addClassName("certificate-cell");
        if (!row.hasCertificate()) {
            Span none = new Span(getTranslation("signature.admin.none"));
            none.addClassName("no-certificate");
            cell.add(none);
            return cell;
        }
        CertificateSummary c = row.certificate();
        Span subject = new Span(c.subject());
        subject.addClassName("certificate-subject");
        cell.add(subject);
        if (c.testCertificate()) {
            Span test = new Span(getTranslation("signature.page.testCertificate"));
            test.getElement().getThemeList().add("badge error");
            test.addClassName("test-certificate");
            cell.add(test);
        }
        cell.add(line("signature.admin.issuer", c.issuer()), line("signature.admin.serial", c.serialNumber()),
                line("signature.admin.fingerprint", c.fingerprint()));
        if (row.replacedCount() > 0) {
            cell.add(line("signature.admin.replaced", String.valueOf(row.replacedCount())));
        }
        return cell;
    }

    private Div line(String labelKey, String value) {
        Div line = new Div(new Span(getTranslation(labelKey) + " "), new Span(value));
        line.addClassName("certificate-line");
        return line;
    }

    private Button uploadButton(CredentialRow row) {
        Button button = new Button(getTranslation(row.hasCertificate() ? "signature.admin.replace"
                : "signature.admin.upload"), VaadinIcon.UPLOAD.create(), e -> open(row));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(getTranslation(row.hasCertificate() ? "signature.admin.replaceTitle"
                : "signature.admin.uploadTitle", row.jurisdictionName()));
        return button;
    }

    /** Opens the upload for a jurisdiction; returns the dialog (tests hand it a file). */
    CredentialUploadDialog open(CredentialRow row) {
        CredentialUploadDialog dialog = new CredentialUploadDialog(credentials, row, certificate -> {
            refresh();
            Notification.show(getTranslation("signature.admin.saved", row.jurisdictionName(),
                    certificate.commonName()), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        dialog.open();
        return dialog;
    }

    private void refresh() {
        grid.setItems(credentials.overview());
    }

    private String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(clock.getZone()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.signing");
    }
}
