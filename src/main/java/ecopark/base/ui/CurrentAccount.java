package ecopark.base.ui;

import java.util.Optional;

/**
 * What the main layout shows about the signed-in user and how it signs them out. Implemented by the security
 * feature, so that {@code base} depends on no feature.
 */
public interface CurrentAccount {

    Optional<Badge> badge();

    void logout();

    /** Opens the page where the signed-in user changes their own password. */
    void changePassword();

    /** Name, role (a translation key) and the park or jurisdiction the user acts for. */
    record Badge(String displayName, String roleKey, String scopeName) {
    }
}
