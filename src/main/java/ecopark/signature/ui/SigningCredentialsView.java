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
import ecopark.base.ui.component.PhoneColumns;
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

        // The certificate's subject and issuer are long: that column takes the room, the others have fixed widths
        // their values fit, and a phone keeps bureau, certificate and the upload button.
        grid.addColumn(CredentialRow::jurisdictionName).setHeader(getTranslation("signature.admin.jurisdiction"))
                .setWidth("6em").setFlexGrow(1).setKey("jurisdiction");
        Grid.Column<CredentialRow> level = grid.addColumn(r -> getTranslation(r.level().labelKey()))
                .setHeader(getTranslation("signature.admin.level")).setWidth("6.5em").setFlexGrow(0).setKey("level");
        grid.addComponentColumn(this::certificateCell).setHeader(getTranslation("signature.admin.certificate"))
                .setWidth("9em").setFlexGrow(5).setKey("certificate");
        Grid.Column<CredentialRow> validity = grid.addColumn(this::validity)
                .setHeader(getTranslation("signature.admin.validity")).setWidth("8em").setFlexGrow(0)
                .setKey("validity");
        Grid.Column<CredentialRow> installed = grid.addColumn(r -> r.hasCertificate()
                ? getTranslation("signature.admin.installed", when(r.installedAt()), r.installedBy()) : "")
                .setHeader(getTranslation("signature.admin.installedHeader")).setWidth("9em").setFlexGrow(0)
                .setKey("installed");
        grid.addComponentColumn(this::uploadButton).setWidth("7.5em").setFlexGrow(0).setKey("upload");
        PhoneColumns.hideOnPhone(grid, level, validity, installed);
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

    /** The certificate's validity as Beijing dates (the clock's zone), wrapping after the dash in a narrow column. */
    String validity(CredentialRow row) {
        if (!row.hasCertificate()) {
            return "";
        }
        return DAY.format(row.certificate().notBefore().atZone(clock.getZone())) + " – "
                + DAY.format(row.certificate().notAfter().atZone(clock.getZone()));
    }

    private String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(clock.getZone()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.signing");
    }
}
