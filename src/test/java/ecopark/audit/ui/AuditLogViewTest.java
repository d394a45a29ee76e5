package ecopark.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import ecopark.ActingUsers;
import ecopark.UiTest;
import ecopark.audit.service.AuditExport;
import ecopark.base.audit.AuditAction;
import ecopark.base.audit.AuditEntry;
import ecopark.base.audit.AuditSubject;
import ecopark.base.audit.AuditText;
import ecopark.review.domain.CalendarDay;
import ecopark.review.service.WorkingCalendarService;
import ecopark.security.OrganisationDirectory.OrgUnit;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditLogViewTest extends UiTest {

    @Autowired ActingUsers acting;
    @Autowired WorkingCalendarService calendar;
    @Autowired AuditExport export;
    @Autowired Clock clock;

    private static int nextDay = 0;

    @BeforeEach
    void anAdministratorChangedTheCalendar() {
        // Each test adds a day of its own (a far year nobody else uses), so the trail has a fresh line by admin.
        LocalDate day = LocalDate.of(2097, 1, 5).plusWeeks(nextDay++);
        acting.as("admin", () -> calendar.save(new CalendarDay(day, CalendarDay.Kind.HOLIDAY, "审计测试假日")));
    }

    private AuditLogView open(Locale locale) {
        UI.getCurrent().setLocale(locale);
        login("admin");
        navigate("audit");
        return _get(AuditLogView.class);
    }

    private static List<AuditEntry> rows(AuditLogView view) {
        Grid<AuditEntry> grid = view.grid;
        List<AuditEntry> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(GridKt._size(grid), 50); i++) {
            rows.add(GridKt._get(grid, i));
        }
        return rows;
    }

    @Test
    void the_person_action_and_kind_filters_narrow_the_trail_and_the_count_follows() {
        AuditLogView view = open(Locale.SIMPLIFIED_CHINESE);
        long all = GridKt._size(view.grid);

        view.action.setValue(AuditAction.CALENDAR_DAY_SAVED);
        view.person.setValue(view.person.getListDataView().getItems()
                .filter(a -> a.username().equals("admin")).findFirst().orElseThrow());
        view.kind.setValue(AuditSubject.CALENDAR_DAY);

        List<AuditEntry> rows = rows(view);
        assertThat(rows).isNotEmpty().allSatisfy(e -> {
            assertThat(e.getAction()).isEqualTo("CALENDAR_DAY_SAVED");
            assertThat(e.getActor()).isEqualTo("admin");
            assertThat(e.getSubjectType()).isEqualTo("CALENDAR_DAY");
        });
        assertThat(GridKt._size(view.grid)).isLessThan((int) all);
        assertThat(_get(Span.class, s -> s.withId("audit-count")).getText())
                .isEqualTo("共 " + GridKt._size(view.grid) + " 条");
        assertThat(AuditText.detail(rows.get(0), Locale.SIMPLIFIED_CHINESE)).contains("法定节假日", "审计测试假日");
    }

    @Test
    void the_park_filter_keeps_only_lines_about_that_park() {
        AuditLogView view = open(Locale.SIMPLIFIED_CHINESE);
        OrgUnit changchun = view.park.getListDataView().getItems().filter(p -> p.name().contains("长春")).findFirst()
                .orElseThrow();

        view.park.setValue(changchun);

        assertThat(rows(view)).isNotEmpty().allSatisfy(e -> assertThat(e.getParkId()).isEqualTo(changchun.id()));
    }

    @Test
    void the_time_range_counts_whole_days_of_china_time_and_an_empty_range_finds_nothing() {
        AuditLogView view = open(Locale.SIMPLIFIED_CHINESE);
        LocalDate today = LocalDate.now(clock);

        view.from.setValue(today);
        assertThat(rows(view)).isNotEmpty().allSatisfy(
                e -> assertThat(e.getOccurredAt()).isAfterOrEqualTo(today.atStartOfDay(clock.getZone()).toInstant()));

        view.from.clear();
        view.to.setValue(today.minusYears(30));
        assertThat(GridKt._size(view.grid)).isZero();

        _get(com.vaadin.flow.component.button.Button.class, b -> b.withId("audit-clear")).click();
        assertThat(GridKt._size(view.grid)).isPositive();
    }

    @Test
    void the_export_holds_the_filtered_lines_with_headers_and_words_in_the_readers_language() throws IOException {
        AuditLogView view = open(Locale.ENGLISH);
        view.action.setValue(AuditAction.CALENDAR_DAY_SAVED);
        int shown = GridKt._size(view.grid);

        byte[] file = acting.as("admin", () -> export.export(view.filter(), Locale.ENGLISH));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Audit trail");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("When");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("What");
            assertThat(sheet.getLastRowNum()).isEqualTo(shown);
            Row newest = sheet.getRow(1);
            assertThat(newest.getCell(2).getStringCellValue()).isEqualTo("Saved a calendar day");
            assertThat(newest.getCell(3).getStringCellValue()).isEqualTo("Working calendar");
            assertThat(newest.getCell(6).getStringCellValue()).contains("Public holiday").doesNotContain("HOLIDAY");
            // China time, as the screen shows it
            assertThat(newest.getCell(0).getStringCellValue()).startsWith(LocalDate.now(clock).toString());
        }
    }

    @Test
    void the_kind_of_object_links_to_its_page_where_it_has_one() {
        AuditLogView view = open(Locale.SIMPLIFIED_CHINESE);
        view.kind.setValue(AuditSubject.REPORT);

        AuditEntry report = rows(view).get(0);

        assertThat(AuditText.route(report)).contains("report/" + report.getSubjectId());
        assertThat(AuditText.subjectKind(report, Locale.ENGLISH)).isEqualTo("Report");
    }
}
