package ecopark.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.ui.component.TextLimits;
import ecopark.security.AppRole;
import ecopark.security.OrganisationDirectory.OrgUnit;
import ecopark.security.domain.AppUser;
import ecopark.security.service.AccountChanges;
import ecopark.security.service.NewAccount;
import ecopark.security.service.PasswordPolicy;
import ecopark.security.service.UserAdminService;
import ecopark.security.service.UserListItem;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The account form of the administration, in a dialog. A new account gets username, name, e-mail, role, its park
 * or bureau and an initial password; an existing one can change everything but the username, and offers the
 * account actions: disable or enable, reset the password.
 */
class UserForm extends Dialog {

    private final UserAdminService service;
    private final long ownId;
    private final DateTimeFormatter timeFormat;
    private final Runnable onChanged;
    private final Binder<Data> binder = new Binder<>();
    private final Map<String, HasValidation> fieldsByErrorKey;

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final TextField email = new TextField();
    final Select<AppRole> role = new Select<>();
    final ComboBox<OrgUnit> park = new ComboBox<>();
    final ComboBox<OrgUnit> jurisdiction = new ComboBox<>();
    final PasswordField initialPassword = new PasswordField();
    final Checkbox mustChangePassword = new Checkbox();
    private final Paragraph state = new Paragraph();
    private final HorizontalLayout actions = new HorizontalLayout();

    private Data data;
    private UserListItem existing;

    UserForm(UserAdminService service, long ownId, DateTimeFormatter timeFormat, Runnable onChanged) {
        this.service = service;
        this.ownId = ownId;
        this.timeFormat = timeFormat;
        this.onChanged = onChanged;
        addClassName("user-form");
        setWidth("min(44em, 95vw)");
        setCloseOnOutsideClick(false);

        username.setLabel(getTranslation("user.username"));
        // No maxlength anywhere here (a browser cuts a longer paste silently): validators say the limit.
        displayName.setLabel(getTranslation("user.displayName"));
        email.setLabel(getTranslation("user.email"));
        role.setLabel(getTranslation("user.role"));
        role.setItems(AppRole.values());
        role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        park.setLabel(getTranslation("user.park"));
        park.setItemLabelGenerator(OrgUnit::name);
        jurisdiction.setLabel(getTranslation("user.jurisdiction"));
        // The level says what the account will reach: a province's accounts see its cities' parks too.
        jurisdiction.setItemLabelGenerator(j -> j.levelKey() == null ? j.name()
                : getTranslation("user.jurisdictionWithLevel", j.name(), getTranslation(j.levelKey())));
        initialPassword.setLabel(getTranslation("user.initialPassword"));
        initialPassword.setHelperText(getTranslation("password.rule", PasswordPolicy.MIN_LENGTH));
        mustChangePassword.setLabel(getTranslation("user.mustChangePassword"));
        role.addValueChangeListener(e -> showScopeOf(e.getValue()));
        state.addClassName("user-state");

        bind();
        fieldsByErrorKey = Map.ofEntries(
                Map.entry("user.error.usernameRequired", username), Map.entry("user.error.usernameFormat", username),
                Map.entry("user.error.usernameTaken", username),
                Map.entry("user.error.displayNameRequired", displayName),
                Map.entry("user.error.displayNameTooLong", displayName), Map.entry("user.error.email", email),
                Map.entry("user.error.roleRequired", role), Map.entry("user.error.ownRole", role),
                Map.entry("user.error.parkRequired", park), Map.entry("user.error.jurisdictionRequired", jurisdiction),
                Map.entry("password.error.required", initialPassword),
                Map.entry("password.error.tooShort", initialPassword),
                Map.entry("password.error.tooLong", initialPassword),
                Map.entry("password.error.characterClasses", initialPassword),
                Map.entry("password.error.containsUsername", initialPassword));

        FormLayout form = new FormLayout(username, displayName, email, role, park, jurisdiction, initialPassword,
                mustChangePassword);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        actions.addClassName("account-actions");
        add(form, state, actions);

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void bind() {
        binder.forField(username).asRequired(getTranslation("user.error.usernameRequired"))
                .withValidator(TextLimits.atMost(username, AppUser.USERNAME_MAX_LENGTH))
                .withValidator(v -> UserAdminService.USERNAME_PATTERN.matcher(v.trim()).matches(),
                        getTranslation("user.error.usernameFormat"))
                .bind(Data::getUsername, Data::setUsername);
        binder.forField(displayName).asRequired(getTranslation("user.error.displayNameRequired"))
                .withValidator(TextLimits.atMost(displayName, AppUser.DISPLAY_NAME_MAX_LENGTH))
                .bind(Data::getDisplayName, Data::setDisplayName);
        binder.forField(email)
                .withValidator(TextLimits.atMost(email, AppUser.EMAIL_MAX_LENGTH))
                .withValidator(v -> v.isBlank() || UserAdminService.EMAIL_PATTERN.matcher(v.trim()).matches(),
                        getTranslation("user.error.email"))
                .bind(Data::getEmail, Data::setEmail);
        binder.forField(role).asRequired(getTranslation("user.error.roleRequired"))
                .bind(Data::getRole, Data::setRole);
        binder.forField(park)
                .withValidator(v -> role.getValue() == null || !role.getValue().isBoundToPark() || v != null,
                        getTranslation("user.error.parkRequired"))
                .bind(Data::getPark, Data::setPark);
        binder.forField(jurisdiction)
                .withValidator(v -> role.getValue() == null || !role.getValue().isBoundToJurisdiction() || v != null,
                        getTranslation("user.error.jurisdictionRequired"))
                .bind(Data::getJurisdiction, Data::setJurisdiction);
        binder.forField(initialPassword)
                .withValidator((v, context) -> existing != null ? ValidationResult.ok()
                        : PasswordPolicy.violation(username.getValue(), v)
                                .map(key -> ValidationResult.error(getTranslation(key, PasswordPolicy.MIN_LENGTH)))
                                .orElse(ValidationResult.ok()))
                .bind(Data::getPassword, Data::setPassword);
        binder.forField(mustChangePassword).bind(Data::isMustChangePassword, Data::setMustChangePassword);
    }

    void openNew() {
        existing = null;
        data = new Data();
        data.setMustChangePassword(true);
        setHeaderTitle(getTranslation("user.admin.newTitle"));
        prepare();
        username.setReadOnly(false);
        username.setHelperText(getTranslation("user.username.helper"));
        initialPassword.setVisible(true);
        mustChangePassword.setVisible(true);
        state.setVisible(false);
        actions.removeAll();
        open();
        username.focus();
    }

    void openExisting(long userId) {
        existing = service.get(userId);
        data = Data.of(existing, service.parkChoices(), service.jurisdictionChoices());
        setHeaderTitle(getTranslation("user.admin.editTitle", existing.username()));
        prepare();
        username.setReadOnly(true);
        username.setHelperText(null);
        initialPassword.setVisible(false);
        mustChangePassword.setVisible(false);
        showState();
        open();
        displayName.focus();
    }

    private void prepare() {
        park.setItems(service.parkChoices());
        jurisdiction.setItems(service.jurisdictionChoices());
        binder.setBean(data);
        showScopeOf(data.getRole());
    }

    private void showScopeOf(AppRole chosen) {
        park.setVisible(chosen != null && chosen.isBoundToPark());
        jurisdiction.setVisible(chosen != null && chosen.isBoundToJurisdiction());
    }

    private void showState() {
        String stateKey = !existing.enabled() ? "user.state.disabled"
                : existing.mustChangePassword() ? "user.state.mustChangePassword" : "user.state.active";
        String text = getTranslation("user.admin.stateLine", getTranslation(stateKey),
                existing.lastLoginAt() == null ? getTranslation("user.neverSignedIn")
                        : timeFormat.format(existing.lastLoginAt()));
        state.setText(text);
        state.setVisible(true);

        actions.removeAll();
        if (existing.enabled() && existing.id() != ownId) {
            Button disable = new Button(getTranslation("user.action.disable"), VaadinIcon.BAN.create(),
                    e -> confirmDisable());
            disable.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(disable);
        } else if (!existing.enabled()) {
            actions.add(new Button(getTranslation("user.action.enable"), VaadinIcon.CHECK.create(),
                    e -> act(() -> service.setEnabled(existing.id(), true), "user.action.enabled")));
        }
        actions.add(new Button(getTranslation("user.action.resetPassword"), VaadinIcon.KEY.create(),
                e -> new PasswordResetDialog(service, existing, this::afterAction).open()));
    }

    private void confirmDisable() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("user.action.disable.title", existing.username()));
        confirm.setText(getTranslation("user.action.disable.text", existing.displayName()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("user.action.disable"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> act(() -> service.setEnabled(existing.id(), false), "user.action.disabled"));
        confirm.open();
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Notification.show(getTranslation(doneKey, existing.username()), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            afterAction();
        } catch (BusinessRuleException e) {
            showError(e);
        }
    }

    private void afterAction() {
        existing = service.get(existing.id());
        data.setVersion(existing.version());
        showState();
        onChanged.run();
    }

    private void save() {
        if (!binder.validate().isOk()) {
            return;
        }
        try {
            if (existing == null) {
                service.create(new NewAccount(data.getUsername(), data.getDisplayName(), data.getEmail(),
                        data.getRole(), id(data.getPark()), id(data.getJurisdiction()), data.getPassword(),
                        data.isMustChangePassword()));
                Notification.show(getTranslation("user.admin.created", data.getUsername().trim()), 4000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } else {
                service.update(existing.id(), data.getVersion(), new AccountChanges(data.getDisplayName(),
                        data.getEmail(), data.getRole(), id(data.getPark()), id(data.getJurisdiction())));
                Notification.show(getTranslation("user.admin.saved", existing.username()), 4000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
            close();
            onChanged.run();
        } catch (BusinessRuleException e) {
            showError(e);
        }
    }

    private void showError(BusinessRuleException e) {
        String message = getTranslation(e.messageKey(), e.args());
        HasValidation field = fieldsByErrorKey.get(e.messageKey());
        if (field instanceof Component component && component.isVisible()) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        } else {
            Notification.show(message, 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static Long id(OrgUnit unit) {
        return unit == null ? null : unit.id();
    }

    /** What the form edits; the scope the role does not use is ignored on save. */
    static final class Data {
        private String username = "";
        private String displayName = "";
        private String email = "";
        private AppRole role;
        private OrgUnit park;
        private OrgUnit jurisdiction;
        private String password = "";
        private boolean mustChangePassword;
        private long version;

        static Data of(UserListItem user, List<OrgUnit> parks, List<OrgUnit> jurisdictions) {
            Data data = new Data();
            data.username = user.username();
            data.displayName = user.displayName();
            data.email = user.email() == null ? "" : user.email();
            data.role = user.role();
            data.park = parks.stream().filter(p -> Objects.equals(p.id(), user.parkId())).findFirst().orElse(null);
            data.jurisdiction = jurisdictions.stream().filter(j -> Objects.equals(j.id(), user.jurisdictionId()))
                    .findFirst().orElse(null);
            data.version = user.version();
            return data;
        }

        String getUsername() {
            return username;
        }

        void setUsername(String username) {
            this.username = username;
        }

        String getDisplayName() {
            return displayName;
        }

        void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        String getEmail() {
            return email;
        }

        void setEmail(String email) {
            this.email = email;
        }

        AppRole getRole() {
            return role;
        }

        void setRole(AppRole role) {
            this.role = role;
        }

        OrgUnit getPark() {
            return park;
        }

        void setPark(OrgUnit park) {
            this.park = park;
        }

        OrgUnit getJurisdiction() {
            return jurisdiction;
        }

        void setJurisdiction(OrgUnit jurisdiction) {
            this.jurisdiction = jurisdiction;
        }

        String getPassword() {
            return password;
        }

        void setPassword(String password) {
            this.password = password;
        }

        boolean isMustChangePassword() {
            return mustChangePassword;
        }

        void setMustChangePassword(boolean mustChangePassword) {
            this.mustChangePassword = mustChangePassword;
        }

        long getVersion() {
            return version;
        }

        void setVersion(long version) {
            this.version = version;
        }
    }
}
