package ecopark.security;

import ecopark.security.domain.AppUser;
import ecopark.security.service.NewAccount;
import ecopark.security.service.UserAdminService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Accounts that a test may lock, disable or reset without disturbing the demo accounts other tests sign in with.
 */
public final class TestAccounts {

    public static final String PASSWORD = "Gr33n-Park!";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestAccounts() {
    }

    /** A new administrator account with {@link #PASSWORD}; the name starts with the prefix. */
    public static AppUser admin(UserAdminService users, String prefix) {
        return create(users, prefix, AppRole.ADMIN, false);
    }

    /** A new account of the role, in the demo organisation's first park or bureau when it needs one. */
    public static AppUser create(UserAdminService users, String prefix, AppRole role, boolean mustChangePassword) {
        String username = prefix + "_" + System.nanoTime() % 100_000 + "_" + SEQUENCE.incrementAndGet();
        return SystemActor.call(() -> {
            Long park = role.isBoundToPark() ? users.parkChoices().get(0).id() : null;
            Long bureau = role.isBoundToJurisdiction() ? users.jurisdictionChoices().get(0).id() : null;
            return users.create(new NewAccount(username, "测试用户", null, role, park, bureau, PASSWORD,
                    mustChangePassword));
        });
    }
}
