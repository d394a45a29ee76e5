package ecopark.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import ecopark.UiTest;
import ecopark.park.domain.JurisdictionRepository;
import ecopark.park.domain.ParkRepository;
import ecopark.rectification.domain.InspectionRoundRepository;
import ecopark.rectification.domain.RectificationTask;
import ecopark.rectification.domain.RectificationTaskRepository;
import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.AnnualReportRepository;
import ecopark.security.domain.AppUserRepository;
import ecopark.security.ui.LoginView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Opens every view in both languages as each demo role that may open it (and anonymously) and reads what a user
 * sees: no raw key ({@code !key}), no Java {@code toString} ({@code LocalizedText[}, {@code Optional[}, an
 * {@code @} hash, a class name), no error page, and on the English UI no Chinese in the page's own words — labels,
 * headings, buttons, column headers, tabs, navigation — beyond the data shown in them (park, bureau, people, rounds,
 * tasks, which are names in Chinese).
 */
class EveryViewTextsTest extends UiTest {

    private static final List<String> ROLES = List.of("cc_staff", "cc_reviewer1", "cc_manager", "admin");
    private static final Pattern RAW_KEY = Pattern.compile("![a-z][A-Za-z]*\\.[A-Za-z0-9_.]+");
    private static final Pattern TO_STRING = Pattern.compile(
            "LocalizedText\\[|Optional\\[|Optional\\.empty|[A-Za-z]@[0-9a-f]{5,}|\\becopark\\.[a-z]+\\.|\\bnull\\b");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @Autowired AnnualReportRepository reports;
    @Autowired RectificationTaskRepository tasks;
    @Autowired InspectionRoundRepository rounds;
    @Autowired ParkRepository parks;
    @Autowired JurisdictionRepository jurisdictions;
    @Autowired AppUserRepository users;

    @Test
    void every_view_in_both_languages_for_every_role_shows_translated_texts_only() {
        List<String> problems = new ArrayList<>();
        List<String> data = dataNames();
        for (String role : ROLES) {
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                for (String path : paths()) {
                    logout();
                    login(role);
                    UI.getCurrent().setLocale(locale);
                    problems.addAll(check(role, locale, path, data));
                }
            }
        }
        // English first: the login page is the only anonymous route left (the public portal is server-rendered, see
        // PublicFormPagesTest), and navigating to the route already shown keeps its view in the earlier language.
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            for (String path : List.of("login")) {
                logout();
                UI.getCurrent().setLocale(locale);
                problems.addAll(check("anonymous", locale, path, data));
            }
        }
        assertThat(problems).isEmpty();
    }

    private List<String> paths() {
        AnnualReport report = reports.findAll().stream().min(Comparator.comparing(AnnualReport::getId)).orElseThrow();
        RectificationTask task = tasks.findAll().stream().filter(t -> t.getParkId().equals(report.getParkId()))
                .min(Comparator.comparing(RectificationTask::getId)).orElseThrow();
        return List.of("", "reports", "report/" + report.getId(), "report/" + report.getId() + "/compare",
                "evaluation", "evaluation/" + report.getId(), "catalogue", "inbox", "review/overview", "rectification",
                "rectification/dashboard", "rectification/" + task.getId(), "audit", "admin/parks",
                "admin/jurisdictions", "admin/users", "admin/api-tokens", "admin/calendar", "account/password");
    }

    private List<String> check(String role, Locale locale, String path, List<String> data) {
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location(path), NavigationTrigger.PAGE_LOAD);
        Component view = ui.getCurrentView();
        String where = role + " " + locale.getLanguage() + " /" + path + ": ";
        if (view instanceof AccessDeniedView || view instanceof LoginView && !"login".equals(path)) {
            return List.of(); // not this role's page
        }
        List<String> problems = new ArrayList<>();
        if (view instanceof ErrorView || view instanceof NotFoundView) {
            problems.add(where + "error page " + view.getClass().getSimpleName() + " " + ui.getElement()
                    .getTextRecursively());
            return problems;
        }
        Set<String> all = new LinkedHashSet<>();
        Set<String> chrome = new LinkedHashSet<>();
        collect(ui, all, chrome);
        for (String text : all) {
            if (RAW_KEY.matcher(text).find()) {
                problems.add(where + "raw key in \"" + text + "\"");
            }
            if (TO_STRING.matcher(text).find()) {
                problems.add(where + "toString in \"" + text + "\"");
            }
        }
        if (locale.equals(Locale.ENGLISH)) {
            for (String text : chrome) {
                String withoutData = text;
                for (String name : data) {
                    withoutData = withoutData.replace(name, "");
                }
                if (HAN.matcher(withoutData).find()) {
                    problems.add(where + "Chinese in \"" + text + "\"");
                }
            }
        }
        return problems;
    }

    /** Everything shown ({@code all}) and the page's own words ({@code chrome}). */
    private static void collect(UI ui, Set<String> all, Set<String> chrome) {
        all.add(ui.getElement().getTextRecursively());
        walk(ui.getElement(), all, chrome);
        descendants(ui).forEach(c -> {
            if (c instanceof Button b) {
                chrome.add(b.getText());
            } else if (c instanceof H1 || c instanceof H2 || c instanceof H3 || c instanceof H4) {
                chrome.add(c.getElement().getText());
            } else if (c instanceof Tab t) {
                chrome.add(t.getLabel());
            } else if (c instanceof SideNavItem item) {
                chrome.add(item.getLabel());
            } else if (c instanceof Grid<?> grid) {
                grid.getColumns().forEach(col -> {
                    if (col.getHeaderText() != null) {
                        chrome.add(col.getHeaderText());
                    }
                });
                rows(grid, all);
            }
        });
        chrome.removeIf(s -> s == null || s.isBlank());
    }

    private static <T> void rows(Grid<T> grid, Set<String> all) {
        int size = GridKt._size(grid);
        for (int i = 0; i < Math.min(size, 5); i++) {
            all.add(String.join(" | ", GridKt._getFormattedRow(grid, GridKt._get(grid, i))));
        }
    }

    private static void walk(Element element, Set<String> all, Set<String> chrome) {
        for (String property : List.of("label", "placeholder", "helperText", "errorMessage", "headerTitle",
                "accessibleName")) {
            String value = element.getProperty(property);
            if (value != null) {
                all.add(value);
                chrome.add(value);
            }
        }
        for (String attribute : List.of("title", "aria-label")) {
            String value = element.getAttribute(attribute);
            if (value != null) {
                all.add(value);
                chrome.add(value);
            }
        }
        element.getChildren().forEach(child -> walk(child, all, chrome));
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(EveryViewTextsTest::descendants));
    }

    /** Names that are data in Chinese whatever the language: parks, bureaus, people, rounds, tasks. */
    private List<String> dataNames() {
        Set<String> names = new TreeSet<>(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        parks.findAll().forEach(p -> names.add(p.getName()));
        jurisdictions.findAll().forEach(j -> names.add(j.getName()));
        users.findAll().forEach(u -> names.add(u.getDisplayName()));
        rounds.findAll().forEach(r -> names.add(r.getName()));
        tasks.findAll().forEach(t -> names.add(t.getTitle()));
        names.add("中文"); // the language switch names the other language in that language
        names.removeIf(n -> n == null || n.isBlank());
        return new ArrayList<>(names);
    }
}
