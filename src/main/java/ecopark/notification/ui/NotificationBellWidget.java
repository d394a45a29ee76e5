package ecopark.notification.ui;

import ecopark.base.ui.NavbarWidget;
import ecopark.notification.service.Notifications;
import java.time.Clock;

/** Puts the bell into the top bar of every signed-in page. */
@org.springframework.stereotype.Component
class NotificationBellWidget implements NavbarWidget {

    private final Notifications notifications;
    private final Clock clock;

    NotificationBellWidget(Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        return new NotificationBell(notifications, clock);
    }
}
