package ecopark.desk.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import ecopark.base.ui.DeskTab;
import ecopark.base.ui.component.StatusBadge;
import ecopark.desk.service.DeskBoard;
import ecopark.desk.service.ParkChases;
import ecopark.desk.service.ParkDesk;
import ecopark.security.AppRole;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The provincial desk (报送台) of a report year: the year's annual notice with its deadline and how far it is, then
 * in tabs the parks of the manager's scope and the state of their reports ({@link ParkStatesGrid}), then the tabs
 * other features add ({@link DeskTab}) for whoever may see them: for the national office the provinces' packages
 * (报送包) and the attainment per province (达标情况) — the national desk.
 */
@Route("desk")
@Menu(order = 3.5, title = "nav.desk", icon = "vaadin:clipboard-check")
@RolesAllowed({AppRole.MANAGER_NAME, AppRole.ADMIN_NAME})
public class DeskView extends VerticalLayout implements HasDynamicTitle {

    private final ParkDesk desk;
    final Select<Integer> year = new Select<>();
    private final Div notice = new Div();
    private final ParkStatesGrid parks;
    private final TabSheet tabs = new TabSheet();
    /** The features' tabs after the park list, each with the box its content for the year is put in. */
    private final Map<DeskTab, Div> featureTabs = new LinkedHashMap<>();
    private Registration resize;

    public DeskView(ParkDesk desk, ParkChases chases, ObjectProvider<DeskTab> deskTabs) {
        this.desk = desk;
        this.parks = new ParkStatesGrid(desk, chases);
        addClassName("desk-view");
        setSizeFull();
        year.setId("desk-year");
        year.setLabel(getTranslation("desk.year"));
        year.setItems(desk.years());
        year.setValue(desk.defaultYear());
        year.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                refresh();
            }
        });
        year.setWidth("9em");
        notice.setId("desk-notice");
        notice.addClassName("desk-notice");
        HorizontalLayout top = new HorizontalLayout(year, notice);
        top.addClassName("desk-top");
        top.setWidthFull();
        top.setWrap(true);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        tabs.setId("desk-tabs");
        tabs.add(getTranslation("desk.tab.parks"), parks);
        deskTabs.stream().filter(DeskTab::visible).sorted(Comparator.comparingInt(DeskTab::order)).forEach(tab -> {
            Div box = new Div();
            box.setWidthFull();
            featureTabs.put(tab, box);
            tabs.add(getTranslation(tab.labelKey()), box);
        });
        tabs.setSizeFull();
        add(new H2(getTranslation("desk.title")), top, tabs);
        expand(tabs);
        refresh();
    }

    /** The tabs, for a national desk to add its own after the park list. */
    public TabSheet tabs() {
        return tabs;
    }

    ParkStatesGrid parks() {
        return parks;
    }

    private void refresh() {
        DeskBoard board = desk.board(year.getValue());
        showNotice(board);
        parks.show(board);
        featureTabs.forEach((tab, box) -> {
            box.removeAll();
            box.add(tab.create(board.year()));
        });
    }

    private void showNotice(DeskBoard board) {
        notice.removeAll();
        DeskBoard.NoticeLine line = board.notice();
        if (line == null) {
            Span none = new Span(getTranslation("desk.notice.none", board.year()));
            none.addClassName("desk-no-notice");
            notice.add(none);
            return;
        }
        notice.add(new Span(getTranslation("desk.notice.line", line.documentNumber(), line.title(),
                line.parksDeadline().toString(), line.provincesDeadline().toString())));
        StatusBadge countdown = line.overdue()
                ? new StatusBadge(getTranslation("desk.notice.overdue", -line.daysLeft()), StatusBadge.Tone.ERROR)
                : line.daysLeft() == 0 ? new StatusBadge(getTranslation("desk.notice.today"), StatusBadge.Tone.WARNING)
                : new StatusBadge(getTranslation("desk.notice.left", line.daysLeft()),
                        line.daysLeft() <= 7 ? StatusBadge.Tone.WARNING : StatusBadge.Tone.NEUTRAL);
        countdown.setId("desk-countdown");
        notice.add(countdown);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // A phone keeps park, state and 催办 as columns and puts the rest under the park's name.
        event.getUI().getPage().retrieveExtendedClientDetails(
                details -> parks.setNarrow(details.getWindowInnerWidth() < ParkStatesGrid.NARROW));
        resize = event.getUI().getPage().addBrowserWindowResizeListener(
                e -> parks.setNarrow(e.getWidth() < ParkStatesGrid.NARROW));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (resize != null) {
            resize.remove();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.desk");
    }
}
