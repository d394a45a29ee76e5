package ecopark.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.ui.component.StatusBadge;
import ecopark.security.AppRole;
import ecopark.security.service.ApiTokenListItem;
import ecopark.security.service.ApiTokenService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * API tokens for integrations: the list of every token issued (never a secret: the prefix identifies it), issuing a
 * new one for an account — shown once, with a copy button — and revoking one after a confirmation.
 */
@Route("admin/api-tokens")
@Menu(order = 92.5, title = "nav.admin.apiTokens", icon = "vaadin:key")
@RolesAllowed(AppRole.ADMIN_NAME)
public class ApiTokenView extends VerticalLayout implements HasDynamicTitle {

    private final ApiTokenService service;
    private final Clock clock;
    private final DateTimeFormatter timeFormat;
    final Grid<ApiTokenListItem> grid = new Grid<>();

    public ApiTokenView(ApiTokenService service, Clock clock) {
        this.service = service;
        this.clock = clock;
        this.timeFormat = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
        addClassName("api-token-admin");
        setSizeFull();

        Paragraph intro = new Paragraph(getTranslation("apiToken.intro"));
        intro.addClassName("hint");
        Button issue = new Button(getTranslation("apiToken.new"), VaadinIcon.PLUS.create(),
                e -> new ApiTokenIssueDialog(service, clock, this::refresh).open());
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.addColumn(ApiTokenListItem::name).setHeader(getTranslation("apiToken.name")).setKey("name")
                .setFlexGrow(2).setResizable(true);
        grid.addColumn(t -> getTranslation("apiToken.accountItem", t.displayName(), t.username(),
                        t.role() == null ? "" : getTranslation(t.role().labelKey())))
                .setHeader(getTranslation("apiToken.account")).setKey("account").setFlexGrow(2).setResizable(true);
        grid.addComponentColumn(this::prefix).setHeader(getTranslation("apiToken.prefix")).setKey("prefix")
                .setAutoWidth(true);
        grid.addColumn(t -> format(t.createdAt()) + " · " + t.createdBy())
                .setHeader(getTranslation("apiToken.createdAt")).setKey("created").setAutoWidth(true);
        grid.addColumn(t -> t.lastUsedAt() == null ? getTranslation("apiToken.neverUsed") : format(t.lastUsedAt()))
                .setHeader(getTranslation("apiToken.lastUsed")).setKey("lastUsed").setAutoWidth(true);
        grid.addColumn(t -> t.validThrough() == null ? getTranslation("apiToken.noExpiry")
                        : t.validThrough().toString())
                .setHeader(getTranslation("apiToken.validThrough")).setKey("validThrough").setAutoWidth(true);
        grid.addComponentColumn(this::state).setHeader(getTranslation("apiToken.state")).setKey("state")
                .setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton).setKey("revoke").setAutoWidth(true).setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("apiToken.empty"));

        add(intro, issue, grid);
        expand(grid);
        refresh();
    }

    private Component prefix(ApiTokenListItem token) {
        Span prefix = new Span(token.prefix() + "_…");
        prefix.getStyle().set("font-family", "monospace");
        return prefix;
    }

    private Component state(ApiTokenListItem token) {
        StatusBadge badge = new StatusBadge(getTranslation(token.state().labelKey()),
                token.state() == ApiTokenListItem.State.ACTIVE ? StatusBadge.Tone.SUCCESS : StatusBadge.Tone.ERROR);
        if (token.revokedAt() == null) {
            return badge;
        }
        Span line = new Span(getTranslation("apiToken.revokedLine", format(token.revokedAt()), token.revokedBy()));
        line.addClassName("hint");
        Div cell = new Div(badge, line);
        cell.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        return cell;
    }

    private Component revokeButton(ApiTokenListItem token) {
        if (!token.revocable()) {
            return new Span();
        }
        Button revoke = new Button(getTranslation("apiToken.revoke"), VaadinIcon.BAN.create(), e -> confirm(token));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return revoke;
    }

    private void confirm(ApiTokenListItem token) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("apiToken.revoke.title", token.name()));
        confirm.setText(getTranslation("apiToken.revoke.text", token.name(), token.prefix() + "_…",
                token.username()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("apiToken.revoke"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> revoke(token));
        confirm.open();
    }

    private void revoke(ApiTokenListItem token) {
        try {
            service.revoke(token.id());
            Notification.show(getTranslation("apiToken.revoked", token.name()), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (BusinessRuleException e) {
            Notification.show(getTranslation(e.messageKey(), e.args()), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private String format(Instant instant) {
        return instant == null ? "" : timeFormat.format(instant);
    }

    private void refresh() {
        grid.setItems(service.tokens());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.apiTokens");
    }
}
