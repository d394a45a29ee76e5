package ecopark.signature.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.filestore.ui.UploadTexts;
import ecopark.signature.service.CertificateSummary;
import ecopark.signature.service.CredentialRow;
import ecopark.signature.service.SigningCredentials;
import java.util.function.Consumer;

/**
 * Uploads a jurisdiction's PKCS#12 keystore and its password. The file is held in memory until "save"; the service
 * checks both and stores nothing on a refusal, whose message stands next to the file or the password.
 */
class CredentialUploadDialog extends Dialog {

    private final SigningCredentials credentials;
    private final CredentialRow row;
    private final Consumer<CertificateSummary> saved;
    private final Upload upload = new Upload();
    private final Span fileMessage = new Span();
    private final PasswordField password = new PasswordField();
    private byte[] keystore;
    private String fileName;

    CredentialUploadDialog(SigningCredentials credentials, CredentialRow row, Consumer<CertificateSummary> saved) {
        this.credentials = credentials;
        this.row = row;
        this.saved = saved;
        addClassName("credential-upload");
        setHeaderTitle(getTranslation(row.hasCertificate() ? "signature.admin.replaceTitle"
                : "signature.admin.uploadTitle", row.jurisdictionName()));
        setWidth("min(34em, 95vw)");
        setCloseOnOutsideClick(false);

        upload.setId("keystore-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".p12", ".pfx", "application/x-pkcs12");
        UploadTexts.apply(upload, 1, getTranslation("signature.admin.chooseFile"),
                getTranslation("signature.admin.dropFile"), getTranslation("signature.error.keystoreTooLarge",
                        SigningCredentials.MAX_KEYSTORE_KILOBYTES), getTranslation("signature.error.notPkcs12"));
        upload.setMaxFileSize(SigningCredentials.MAX_KEYSTORE_KILOBYTES * 1024);
        UI ui = UI.getCurrent();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, data) ->
                ui.access(() -> received(metadata.fileName(), data))));
        upload.addFileRejectedListener(e -> showFileError(e.getErrorMessage()));
        upload.addFileRemovedListener(e -> {
            keystore = null;
            fileName = null;
        });
        fileMessage.setId("keystore-message");
        fileMessage.addClassName("upload-message");

        password.setId("keystore-password");
        password.setLabel(getTranslation("signature.admin.password"));
        password.setHelperText(getTranslation("signature.admin.passwordHint"));
        password.setWidthFull();
        password.addValueChangeListener(e -> password.setInvalid(false));

        Paragraph hint = new Paragraph(getTranslation("signature.admin.uploadHint"));
        hint.addClassName("hint");
        Span fileLabel = new Span(getTranslation("signature.admin.file"));
        fileLabel.addClassName("field-label");
        VerticalLayout content = new VerticalLayout(hint, fileLabel, upload, fileMessage, password);
        content.setPadding(false);
        add(content);

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("keystore-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    /** What the upload hands over; public so a test can hand a file over as the browser would. */
    void received(String name, byte[] data) {
        keystore = data;
        fileName = name;
        fileMessage.setText(getTranslation("signature.admin.fileReady", name));
        fileMessage.removeClassName("error");
    }

    void setPassword(String value) {
        password.setValue(value);
    }

    void save() {
        try {
            CertificateSummary certificate = credentials.install(row.jurisdictionId(), keystore,
                    password.getValue());
            close();
            saved.accept(certificate);
        } catch (BusinessRuleException e) {
            String message = getTranslation(e.messageKey(), e.args());
            if ("signature.error.wrongPassword".equals(e.messageKey())) {
                password.setErrorMessage(message);
                password.setInvalid(true);
            } else {
                showFileError(fileName == null ? message : getTranslation("signature.admin.fileProblem", fileName,
                        message));
            }
        }
    }

    String fileMessage() {
        return fileMessage.getText();
    }

    PasswordField passwordField() {
        return password;
    }

    private void showFileError(String message) {
        fileMessage.setText(message);
        fileMessage.addClassName("error");
    }
}
