package ecopark.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import ecopark.base.ui.component.DatePickers;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import ecopark.audit.service.AuditExport;
import ecopark.audit.service.AuditLog;
import ecopark.base.audit.AuditAction;
import ecopark.base.audit.AuditEntry;
import ecopark.base.audit.AuditFilter;
import ecopark.base.audit.AuditSubject;
import ecopark.base.audit.AuditText;
import ecopark.base.audit.AuditTrail;
import ecopark.security.AppRole;
import ecopark.security.OrganisationDirectory.OrgUnit;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;

/**
 * The audit trail of every feature, newest first: filtered by time, person, action, kind of object and park, paged
 * in the database, exported as the filter shows it. Administrators only.
 */
@Route("audit")
@Menu(order = 90, title = "nav.audit", icon = "vaadin:records")
@RolesAllowed(AppRole.ADMIN_NAME)
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditLog log;
    private final Map<Long, String> parkNames;
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final ComboBox<AuditTrail.Actor> person = new ComboBox<>();
    final ComboBox<AuditAction> action = new ComboBox<>();
    final ComboBox<AuditSubject> kind = new ComboBox<>();
    final ComboBox<OrgUnit> park = new ComboBox<>();
    final Grid<AuditEntry> grid = new Grid<>();
    private final Span count = new Span();
    private final CallbackDataProvider<AuditEntry, Void> entries;

    public AuditLogView(AuditLog log, AuditExport export) {
        this.log = log;
        this.parkNames = log.parkNames();
        setSizeFull();
        entries = new CallbackDataProvider<>(
                q -> log.find(filter(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, log.count(filter())));
        add(filters(), toolbar(export));
        configureGrid();
        add(grid);
        expand(grid);
        refresh();
    }

    /** What the filters ask for; dates are whole days of China time, an end before the start finds nothing. */
    AuditFilter filter() {
        OrgUnit p = park.getValue();
        AuditTrail.Actor who = person.getValue();
        return log.filter(from.getValue(), to.getValue(), who == null ? null : who.username(), action.getValue(),
                kind.getValue(), p == null ? null : p.id());
    }

    private Component filters() {
        for (DatePicker picker : new DatePicker[] {from, to}) {
            DatePickers.configure(picker);
            picker.setClearButtonVisible(true);
            picker.setWidth("10em");
        }
        from.setId("audit-from");
        from.setLabel(getTranslation("audit.filter.from"));
        to.setId("audit-to");
        to.setLabel(getTranslation("audit.filter.to"));
        from.addValueChangeListener(e -> DatePickers.setMin(to, e.getValue()));
        to.addValueChangeListener(e -> DatePickers.setMax(from, e.getValue()));

        person.setId("audit-person");
        person.setLabel(getTranslation("audit.filter.person"));
        person.setItems(log.people());
        person.setItemLabelGenerator(a -> a.isSystem() ? getTranslation("audit.actor.system")
                : a.displayName() + " (" + a.username() + ")");

        action.setId("audit-action");
        action.setLabel(getTranslation("audit.filter.action"));
        action.setItems(Arrays.stream(AuditAction.values())
                .sorted(Comparator.comparing((AuditAction a) -> getTranslation(a.labelKey()))).toList());
        action.setItemLabelGenerator(a -> getTranslation(a.labelKey()));
        action.setWidth("16em");

        kind.setId("audit-kind");
        kind.setLabel(getTranslation("audit.filter.kind"));
        kind.setItems(AuditSubject.values());
        kind.setItemLabelGenerator(s -> getTranslation(s.labelKey()));

        park.setId("audit-park");
        park.setLabel(getTranslation("audit.filter.park"));
        park.setItems(log.parks());
        park.setItemLabelGenerator(OrgUnit::name);
        park.setWidth("16em");

        for (ComboBox<?> box : new ComboBox<?>[] {person, action, kind, park}) {
            box.setClearButtonVisible(true);
        }
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        person.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        park.addValueChangeListener(e -> refresh());

        HorizontalLayout bar = new HorizontalLayout(from, to, person, action, kind, park);
        bar.setWrap(true);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private Component toolbar(AuditExport export) {
        Button clear = new Button(getTranslation("audit.filter.clear"), e -> {
            from.clear();
            to.clear();
            person.clear();
            action.clear();
            kind.clear();
            park.clear();
        });
        clear.setId("audit-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = export.export(filter(), getLocale());
            return new DownloadResponse(new ByteArrayInputStream(bytes),
                    getTranslation("audit.export.file", LocalDate.now(log.zone()).toString()), XLSX_TYPE,
                    bytes.length);
        }), "");
        download.setTarget(AnchorTarget.BLANK);
        download.getElement().setAttribute("download", true);
        Button exportButton = new Button(getTranslation("audit.export"), VaadinIcon.DOWNLOAD.create());
        exportButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        download.add(exportButton);
        download.setId("audit-export");
        count.setId("audit-count");
        HorizontalLayout bar = new HorizontalLayout(count, clear, download);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return bar;
    }

    private void configureGrid() {
        grid.setId("audit-log");
        grid.addColumn(e -> WHEN.format(e.getOccurredAt().atZone(log.zone()))).setHeader(getTranslation("audit.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> AuditText.actor(e, getLocale())).setHeader(getTranslation("audit.who")).setAutoWidth(true);
        grid.addColumn(e -> AuditText.action(e, getLocale())).setHeader(getTranslation("audit.what"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::subject).setHeader(getTranslation("audit.kind")).setAutoWidth(true);
        grid.addColumn(e -> e.getParkId() == null ? "" : parkNames.getOrDefault(e.getParkId(), ""))
                .setHeader(getTranslation("audit.park")).setAutoWidth(true);
        grid.addColumn(e -> AuditText.detail(e, getLocale())).setHeader(getTranslation("audit.detail"))
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(entries);
    }

    /** "报告 12" as a link to the report, where the object has a page. */
    private Component subject(AuditEntry e) {
        String text = (AuditText.subjectKind(e, getLocale()) + " " + AuditText.subjectId(e)).strip();
        return AuditText.route(e).<Component>map(route -> {
            Anchor link = new Anchor(route, text);
            link.getElement().setAttribute("router-link", true);
            return link;
        }).orElseGet(() -> new Span(text));
    }

    private void refresh() {
        count.setText(getTranslation("audit.count", log.count(filter())));
        entries.refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit");
    }
}
