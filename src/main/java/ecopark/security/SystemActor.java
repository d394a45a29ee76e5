package ecopark.security;

import com.vaadin.flow.internal.CurrentInstance;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work that no person triggers (demo data on first start, process service tasks, the first administrator) as
 * the system actor, so the same secured services apply their rules instead of being bypassed. The system actor has
 * the administrator's role for the operator's services and is marked {@link SignedInUser#system()}: {@link AccessPolicy}
 * lets it take every action, and process-only steps require its {@link AppRole#SYSTEM_NAME} authority. Demo content
 * meant to be a person's work runs as that person ({@link #callAs}).
 */
public final class SystemActor {

    static final SignedInUser SYSTEM = new SignedInUser(0L, "system", "", "System", AppRole.ADMIN, null, null,
            true, true, false, true);

    private SystemActor() {
    }

    public static <T> T call(Supplier<T> work) {
        return callAs(SYSTEM, work);
    }

    /** Runs work as a given account, e.g. demo content written in the name of the park's staff member. */
    public static <T> T callAs(SignedInUser user, Supplier<T> work) {
        // Inside a Vaadin request, Vaadin's security-context strategy reads the user from the Vaadin session before
        // the thread-local context; the session's instances step aside for the call, so the system identity applies.
        Map<Class<?>, CurrentInstance> vaadinInstances = CurrentInstance.getInstances();
        CurrentInstance.clearAll();
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
            CurrentInstance.restoreInstances(vaadinInstances);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
