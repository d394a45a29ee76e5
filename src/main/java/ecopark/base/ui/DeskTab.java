package ecopark.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A tab a feature adds to the desk (报送台) after its park list — the national office's packages per province, the
 * attainment per province — so that the desk need not know the feature. The desk asks {@link #visible()} (the
 * feature's service decides) and creates the tab's content afresh for the report year chosen.
 */
public interface DeskTab {

    /** Where the tab goes among the others, lowest first. */
    int order();

    /** The translation key of the tab's label. */
    String labelKey();

    /** Whether the signed-in user sees the tab at all. */
    boolean visible();

    /** The tab's content for a report year. */
    Component create(int reportYear);
}
