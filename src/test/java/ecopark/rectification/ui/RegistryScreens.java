package ecopark.rectification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouteParameters;
import ecopark.rectification.service.TaskListItem;
import java.util.ArrayList;
import java.util.List;

/** What the registry's view tests read and open, in one place. */
final class RegistryScreens {

    private RegistryScreens() {
    }

    /** The tasks the list shows, in its order. */
    @SuppressWarnings("unchecked")
    static List<TaskListItem> listed() {
        Grid<TaskListItem> grid = _get(Grid.class, spec -> spec.withId("task-grid"));
        List<TaskListItem> items = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            items.add(GridKt._get(grid, i));
        }
        return items;
    }

    static void openTask(long id) {
        UI.getCurrent().navigate(RectificationTaskView.class, new RouteParameters("taskId", String.valueOf(id)));
    }
}
