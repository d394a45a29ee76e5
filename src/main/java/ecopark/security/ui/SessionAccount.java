package ecopark.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.security.AuthenticationContext;
import ecopark.base.ui.CurrentAccount;
import ecopark.security.CurrentUser;
import ecopark.security.OrganisationDirectory;
import ecopark.security.SignedInUser;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The signed-in user as the main layout shows them, their password change, and logout through Spring Security. */
@Component
class SessionAccount implements CurrentAccount {

    private final CurrentUser currentUser;
    private final OrganisationDirectory directory;
    private final AuthenticationContext authenticationContext;

    SessionAccount(CurrentUser currentUser, OrganisationDirectory directory,
            AuthenticationContext authenticationContext) {
        this.currentUser = currentUser;
        this.directory = directory;
        this.authenticationContext = authenticationContext;
    }

    @Override
    public Optional<Badge> badge() {
        return currentUser.get().map(user -> new Badge(user.displayName(), user.role().labelKey(), scopeName(user)));
    }

    private String scopeName(SignedInUser user) {
        if (user.parkId() != null) {
            return directory.parkName(user.parkId()).orElse("");
        }
        if (user.jurisdictionId() != null) {
            return directory.jurisdictionName(user.jurisdictionId()).orElse("");
        }
        return "";
    }

    @Override
    public void logout() {
        authenticationContext.logout();
    }

    @Override
    public void changePassword() {
        UI.getCurrent().navigate(ChangePasswordView.class);
    }
}
