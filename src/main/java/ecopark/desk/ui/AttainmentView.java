package ecopark.desk.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import ecopark.desk.service.ProvinceAttainment;
import ecopark.security.AppRole;
import jakarta.annotation.security.RolesAllowed;

/**
 * 达标情况: the provinces' attainment of the indicators ({@link AttainmentPanel}) on a page of its own (the desk shows
 * the same panel as its 达标情况 tab; this is its direct address), for the
 * national office, the provinces' managers (their own province) and administrators. A city bureau's manager passes
 * the role check but not the service's rule, and gets the access-denied page.
 */
@Route("desk/attainment")
@RolesAllowed({AppRole.MANAGER_NAME, AppRole.ADMIN_NAME})
public class AttainmentView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ProvinceAttainment attainment;

    public AttainmentView(ProvinceAttainment attainment) {
        this.attainment = attainment;
        addClassName("attainment-view");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!attainment.mayRead()) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        if (getComponentCount() == 0) {
            add(new AttainmentPanel(attainment));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.attainment");
    }
}
