package ecopark.base.filestore.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * Every upload component's limit and texts in one place: the size it checks in the browser is the one upload limit,
 * and everything it can say — its buttons, the refusal of a file too big or of the wrong type, the progress states,
 * a refusal by the server — is in the user's language (the component's own defaults are English only).
 */
public final class UploadTexts {

    private UploadTexts() {
    }

    /**
     * Sets the size limit and the texts of {@code upload}. {@code add} and {@code drop} are the button and drop
     * texts; {@code tooBig} and {@code wrongType} the component's own refusals (shown by the component and passed to
     * its file-rejected listeners).
     */
    public static void apply(Upload upload, int maxMegabytes, String add, String drop, String tooBig,
            String wrongType) {
        upload.setMaxFileSize(Math.toIntExact(maxMegabytes * 1024L * 1024L));
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(add).setMany(add));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(drop).setMany(drop));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(tooBig).setIncorrectFileType(wrongType)
                .setTooManyFiles(text(upload, "upload.error.tooManyFiles")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(text(upload, "upload.status.connecting"))
                        .setStalled(text(upload, "upload.status.stalled"))
                        .setProcessing(text(upload, "upload.status.processing"))
                        .setHeld(text(upload, "upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(text(upload, "upload.remaining.prefix"))
                        .setUnknown(text(upload, "upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(text(upload, "upload.error.serverUnavailable"))
                        .setUnexpectedServerError(text(upload, "upload.error.unexpected"))
                        .setForbidden(text(upload, "upload.error.forbidden", maxMegabytes))));
        upload.setI18n(i18n);
    }

    private static String text(Upload upload, String key, Object... args) {
        return upload.getTranslation(key, args);
    }
}
