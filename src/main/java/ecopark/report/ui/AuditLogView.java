package ecopark.report.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import ecopark.base.audit.AuditEntry;
import ecopark.report.service.ReportService;
import ecopark.security.AppRole;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/** The audit trail across all reports, newest first, paged in the database: administrators only. */
@Route("audit")
@Menu(order = 90, title = "nav.audit", icon = "vaadin:records")
@RolesAllowed(AppRole.ADMIN_NAME)
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    public AuditLogView(ReportService reports, Clock clock) {
        setSizeFull();
        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("audit-log");
        grid.addColumn(AuditEntry::getSubjectId).setHeader(getTranslation("audit.report")).setAutoWidth(true)
                .setFlexGrow(0);
        HistoryPanel.configure(this, grid, clock.getZone());
        grid.setItems(query -> reports.auditTrail(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        add(grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit");
    }
}
