package ecopark.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature puts in the top bar of every signed-in page (the notification bell), so that {@code base}
 * need not know the feature. One new component per page load.
 */
public interface NavbarWidget {

    Component create();
}
