package ecopark.search.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import ecopark.search.service.SearchIndexAdmin;
import ecopark.security.AppRole;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The administrator rebuilds this node's index of the published forms from the database, e.g. after restoring a
 * backup. Each node keeps its own index level with the database by itself (every 30 seconds), so this is seldom
 * needed; the same is {@code POST /api/search-index/rebuild} for scripts.
 */
@Route("admin/search-index")
@Menu(order = 94, title = "nav.admin.searchIndex", icon = "vaadin:search")
@RolesAllowed(AppRole.ADMIN_NAME)
public class SearchIndexView extends VerticalLayout implements HasDynamicTitle {

    private final ZoneId zone;

    SearchIndexView(SearchIndexAdmin index, Clock clock) {
        this.zone = clock.getZone();
        Paragraph explanation = new Paragraph(getTranslation("search.admin.explanation"));
        Paragraph result = new Paragraph();
        result.setId("search-index-result");
        Button rebuild = new Button(getTranslation("search.admin.rebuild"), VaadinIcon.REFRESH.create());
        rebuild.setId("search-index-rebuild");
        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rebuild.setDisableOnClick(true);
        rebuild.addClickListener(e -> {
            try {
                String done = getTranslation("search.rebuild.done", index.rebuild());
                result.setText(done);
                Notification.show(done, 5000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } finally {
                rebuild.setEnabled(true);
            }
        });
        add(new H2(getTranslation("search.admin.heading")), explanation, lastFailure(index), rebuild, result);
    }

    /** The latest write to the index that failed, so the administrator knows why a rebuild may be wanted. */
    private Paragraph lastFailure(SearchIndexAdmin index) {
        Paragraph failure = new Paragraph(index.lastFailure()
                .map(f -> getTranslation("search.admin.lastFailure", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                        .withZone(zone).format(f.at()), f.cause()))
                .orElse(getTranslation("search.admin.noFailure")));
        failure.setId("search-index-last-failure");
        return failure;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.admin.heading");
    }
}
