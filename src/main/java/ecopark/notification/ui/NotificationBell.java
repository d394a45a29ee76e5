package ecopark.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import ecopark.notification.service.NotificationItem;
import ecopark.notification.service.Notifications;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The bell in the top bar: the number of unread notifications, and on click the latest ones; choosing one marks it
 * read and opens the page it is about. The count refreshes on every navigation and poll.
 */
public class NotificationBell extends Composite<Div> implements AfterNavigationObserver {

    static final int SHOWN = 20;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Notifications notifications;
    private final Clock clock;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span unread = new Span();
    private final Popover popover = new Popover();
    private final Div list = new Div();

    public NotificationBell(Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        bell.setAriaLabel(getTranslation("notification.bell"));
        bell.setTooltipText(getTranslation("notification.bell"));
        unread.addClassName("notification-count");
        unread.getElement().getThemeList().add("badge error pill small primary");

        Button allRead = new Button(getTranslation("notification.markAllRead"), e -> {
            notifications.markAllRead();
            refresh();
        });
        allRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        allRead.addClassName("mark-all-read");
        Span title = new Span(getTranslation("notification.title"));
        title.addClassName("notification-title");
        Div header = new Div(title, allRead);
        header.addClassName("notification-header");
        list.addClassName("notification-list");

        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.addClassName("notification-popover");
        popover.add(header, list);
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                refresh();
            }
        });

        getContent().addClassName("notification-bell");
        getContent().add(bell, unread, popover);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        refresh();
        event.getUI().addPollListener(e -> refreshCount());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refreshCount();
    }

    void refresh() {
        refreshCount();
        list.removeAll();
        List<NotificationItem> items = notifications.recent(SHOWN);
        if (items.isEmpty()) {
            Span none = new Span(getTranslation("notification.none"));
            none.addClassName("notification-none");
            list.add(none);
        }
        items.forEach(item -> list.add(row(item)));
    }

    private void refreshCount() {
        long count = notifications.unreadCount();
        unread.setText(count > 99 ? "99+" : String.valueOf(count));
        unread.setVisible(count > 0);
        bell.setAriaLabel(getTranslation("notification.bellWithCount", count));
    }

    private Div row(NotificationItem item) {
        Span text = new Span(getTranslation(item.messageKey(), item.args().toArray()));
        text.addClassName("notification-text");
        Span when = new Span(WHEN.format(item.createdAt().atZone(clock.getZone())));
        when.addClassName("notification-when");
        Div row = new Div(text, when);
        row.addClassName("notification-item");
        if (!item.read()) {
            row.addClassName("unread");
        }
        row.addClickListener(e -> open(item));
        return row;
    }

    private void open(NotificationItem item) {
        notifications.markRead(item.id());
        popover.close();
        refreshCount();
        if (item.link() != null) {
            UI.getCurrent().navigate(item.link());
        }
    }
}
