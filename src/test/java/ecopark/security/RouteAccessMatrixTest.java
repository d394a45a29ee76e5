package ecopark.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import ecopark.UiTest;
import ecopark.base.ui.AccessDeniedView;
import ecopark.base.ui.ErrorView;
import ecopark.base.ui.NotFoundView;
import ecopark.security.matrix.AccessTable;
import ecopark.security.matrix.Actor;
import ecopark.security.matrix.MatrixFixtures;
import ecopark.security.ui.LoginView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every Vaadin route against every kind of user ({@link Actor}): navigate as the user, with the route's parameters
 * pointing at park A's objects, and see which view the router ends on (Karibu-Testing, real views and services).
 *
 * <p>Which routes: every route and route alias of the application's route registry; the key is the route's template
 * with its parameter patterns left out ({@code :___url_parameter} shortened to {@code :param}).
 * {@link #every_route_has_a_row} fails when one has no row.
 *
 * <p>Cells: {@code V} = the route's own view is shown; {@code -} = the access-denied page; {@code N} = the not-found
 * page; {@code L} = the login page (anonymous). The public portal ({@code /public/**}) is no Vaadin route: it is
 * open to everyone, see {@code publication.web.PublicFormPagesTest}. Rows with {@code @foreign} open park B's
 * object (or, for a copy, someone else's copy), {@code @missing} an id that does not exist. A copy (抄送) hides whether
 * it exists (not-found either way); reports, evaluations and rectification tasks say "access denied" for another
 * park's object and "not found" for a missing one.
 */
class RouteAccessMatrixTest extends UiTest {

    static final String TABLE = """
            # route template                | path                          | anon stA stB revIn revOut mgrIn mgrOut admin revProv mgrProv mgrNat
            (root)                          | /                             | L  V  V  V  V  V  V  V  V  V  V
            login                           | login                         | V  V  V  V  V  V  V  V  V  V  V
            account/password                | account/password              | L  V  V  V  V  V  V  V  V  V  V
            reports                         | reports                       | L  V  V  V  V  V  V  V  V  V  V
            report/:param                   | report/{reportA}              | L  V  -  V  -  V  -  V  V  V  V
            report/:param @foreign          | report/{reportB}              | L  -  V  -  -  -  V  V  -  -  V
            report/:param @missing          | report/{missing}              | L  N  N  N  N  N  N  N  N  N  N
            report/:reportId/compare        | report/{reportA}/compare      | L  V  -  V  -  V  -  V  V  V  V
            report/:reportId/compare @foreign | report/{reportB}/compare    | L  -  V  -  -  -  V  V  -  -  V
            report/:reportId/compare @missing | report/{missing}/compare    | L  N  N  N  N  N  N  N  N  N  N
            evaluation                      | evaluation                    | L  V  V  V  V  V  V  V  V  V  V
            evaluation/:reportId            | evaluation/{reportA}          | L  V  -  V  -  V  -  V  V  V  V
            evaluation/:reportId @foreign   | evaluation/{reportB}          | L  -  V  -  -  -  V  V  -  -  V
            evaluation/:reportId @missing   | evaluation/{missing}          | L  N  N  N  N  N  N  N  N  N  N
            inbox/:param?                   | inbox                         | L  -  -  V  V  -  -  -  V  -  -
            review/:param                   | review/{reviewTaskA}          | L  -  -  V  -  -  -  -  V  -  -
            review/copy/:param              | review/copy/{copyA}           | L  -  -  V  N  N  N  -  N  N  N  # a copy is its recipient's alone
            review/copy/:param @foreign     | review/copy/{copyOther}       | L  -  -  N  N  N  N  -  N  N  N
            review/copy/:param @missing     | review/copy/{missing}         | L  -  -  N  N  N  N  -  N  N  N
            review/decision/:param          | review/decision/{decisionA}   | L  -  -  V  -  -  -  -  V  -  -
            review/decision/:param @missing | review/decision/{missing}     | L  -  -  N  N  -  -  -  N  -  -
            review/overview/:param?         | review/overview               | L  -  -  -  -  V  V  V  -  V  V
            rectification                   | rectification                 | L  V  V  V  V  V  V  V  V  V  V
            rectification/:taskId           | rectification/{rectTaskA}     | L  V  -  V  -  V  -  V  V  V  V
            rectification/:taskId @foreign  | rectification/{rectTaskB}     | L  -  V  -  -  -  V  V  -  -  V
            rectification/:taskId @missing  | rectification/{missing}       | L  N  N  N  N  N  N  N  N  N  N
            rectification/dashboard         | rectification/dashboard       | L  -  -  -  -  V  V  V  -  V  V
            forwarding                      | forwarding                    | L  -  -  -  -  V  V  -  -  V  >ReceivedPackagesView  # the nation's list
            forwarding/received             | forwarding/received           | L  -  -  -  -  V  V  -  -  V  V
            notices                         | notices                       | L  V  V  V  V  V  V  V  V  V  V
            desk/attainment                 | desk/attainment               | L  -  -  -  -  -  V  V  -  V  V  # a city's manager: refused by the service
            desk                            | desk                          | L  -  -  -  -  V  V  V  -  V  V
            admin/parks                     | admin/parks                   | L  -  -  -  -  -  -  V  -  -  -
            admin/jurisdictions             | admin/jurisdictions           | L  -  -  -  -  -  -  V  -  -  -
            admin/api-tokens                | admin/api-tokens              | L  -  -  -  -  -  -  V  -  -  -
            admin/users                     | admin/users                   | L  -  -  -  -  -  -  V  -  -  -
            admin/calendar                  | admin/calendar                | L  -  -  -  -  -  -  V  -  -  -
            admin/review-routes             | admin/review-routes           | L  -  -  -  -  -  -  V  -  -  -
            admin/search-index              | admin/search-index            | L  -  -  -  -  -  -  V  -  -  -
            catalogue                       | catalogue                     | L  -  -  -  -  -  -  V  -  -  -
            audit                           | audit                         | L  -  -  -  -  -  -  V  -  -  -
            admin/signing                   | admin/signing                 | L  -  -  -  -  -  -  V  -  -  -
            """;

    private static final AccessTable ACCESS = AccessTable.parse(TABLE);

    @Autowired MatrixFixtures fixtures;

    @Test
    void every_route_has_a_row() {
        Map<String, Class<? extends Component>> routes = routes();
        assertThat(routes).hasSizeGreaterThan(20);
        List<String> rows = ACCESS.rows().stream().map(AccessTable.Row::key).filter(k -> !k.contains(" @")).toList();
        assertThat(ACCESS.missing(routes.keySet())).as("routes without a row in the access table").isEmpty();
        assertThat(rows).as("rows for routes that no longer exist").allMatch(routes::containsKey);
    }

    @Test
    void every_cell_of_the_table_holds() {
        MatrixFixtures.Ids ids = fixtures.ids();
        Map<String, Class<? extends Component>> routes = routes();
        List<String> wrong = new ArrayList<>();
        for (AccessTable.Row row : ACCESS.rows()) {
            Class<? extends Component> view = routes.get(row.key().split(" @")[0]);
            String path = path(row.middle(), ids);
            for (Actor actor : Actor.values()) {
                String shown = open(actor, path, view);
                if (!shown.equals(row.expected(actor))) {
                    wrong.add(row.key() + " (" + path + ") as " + actor + ": expected " + row.expected(actor)
                            + ", was " + shown);
                }
            }
        }
        assertThat(wrong).as("cells of the route access table that do not hold").isEmpty();
    }

    private String open(Actor actor, String path, Class<? extends Component> view) {
        if (actor.isAnonymous()) {
            logout();
        } else {
            login(actor.username());
        }
        try {
            navigate(path);
        } catch (RuntimeException e) {
            return "E:" + e.getClass().getSimpleName();
        }
        Object target = UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        Class<?> shown = org.springframework.util.ClassUtils.getUserClass(target.getClass());
        if (view != null && view.isAssignableFrom(shown)) {
            return "V";
        }
        if (shown == AccessDeniedView.class) {
            return "-";
        }
        if (shown == NotFoundView.class) {
            return "N";
        }
        if (shown == LoginView.class) {
            return "L";
        }
        if (shown == ErrorView.class) {
            return "E";
        }
        return ">" + shown.getSimpleName();
    }

    /** Registered routes and aliases by their table key. */
    private static Map<String, Class<? extends Component>> routes() {
        Map<String, Class<? extends Component>> routes = new TreeMap<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            if (isTestView(route.getNavigationTarget())) {
                continue; // views that tests register for themselves, e.g. a page that fails on purpose
            }
            routes.put(key(route.getTemplate()), route.getNavigationTarget());
            route.getRouteAliases().forEach(alias -> routes.put(key(alias.getTemplate()), alias.getNavigationTarget()));
        }
        return routes;
    }

    private static boolean isTestView(Class<?> view) {
        var source = view.getProtectionDomain().getCodeSource();
        return source != null && source.getLocation().toString().contains("test-classes");
    }

    static String key(String template) {
        String key = template.replaceAll("\\([^/]*\\)", "").replace("___url_parameter", "param");
        return key.isEmpty() ? "(root)" : key;
    }

    private static String path(String pattern, MatrixFixtures.Ids ids) {
        String path = pattern.replace("{reportA}", "" + ids.reportA()).replace("{reportB}", "" + ids.reportB())
                .replace("{missing}", "" + MatrixFixtures.MISSING).replace("{reviewTaskA}", ids.reviewTaskA())
                .replace("{copyA}", "" + ids.copyA()).replace("{copyOther}", "" + ids.copyOfOther())
                .replace("{decisionA}", "" + ids.decisionA()).replace("{rectTaskA}", "" + ids.rectTaskA())
                .replace("{rectTaskB}", "" + ids.rectTaskB()).replace("{publicationA}", "" + ids.publicationA());
        return path.equals("/") ? "" : path;
    }
}
