package ecopark.forwarding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import ecopark.forwarding.service.PackageFile;
import ecopark.forwarding.service.PackageRecord;
import ecopark.forwarding.service.ProvincePackages;
import java.io.ByteArrayInputStream;
import java.util.function.LongFunction;

/**
 * The download links of a package (its signed PDF and its workbook), each file read through the service when it is
 * clicked, so the service checks who reads it and writes the audit line; for the province also the link to the
 * public signature check.
 */
class PackageDownloads extends HorizontalLayout {

    static final String VERIFY_PAGE = "/public/signatures/verify";

    PackageDownloads(ProvincePackages packages, PackageRecord record, boolean verifyLink) {
        setSpacing(false);
        addClassName("package-downloads");
        getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(link(packages::bundle, record.id(), getTranslation("forwarding.download.pdf"), VaadinIcon.FILE_TEXT_O,
                "package-pdf-" + record.id()));
        add(link(packages::summary, record.id(), getTranslation("forwarding.download.xlsx"), VaadinIcon.TABLE,
                "package-xlsx-" + record.id()));
        if (verifyLink) {
            // Styled as the downloads beside it: the same small tertiary button, inside a plain link.
            Anchor verify = new Anchor(VERIFY_PAGE, "");
            Button button = new Button(getTranslation("forwarding.verify"), VaadinIcon.CHECK_CIRCLE_O.create());
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            verify.add(button);
            verify.setTarget(AnchorTarget.BLANK);
            verify.setRouterIgnore(true);
            verify.setId("package-verify-" + record.id());
            add(verify);
        }
    }

    private static Anchor link(LongFunction<PackageFile> file, long packageId, String text, VaadinIcon icon,
            String id) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            PackageFile content = file.apply(packageId);
            return new DownloadResponse(new ByteArrayInputStream(content.content()), content.fileName(),
                    content.contentType(), content.content().length);
        }), "");
        anchor.setTarget(AnchorTarget.BLANK);
        anchor.getElement().setAttribute("download", true);
        Button button = new Button(text, icon.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        anchor.add(button);
        anchor.setId(id);
        return anchor;
    }
}
