package ecopark;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Points Spring Security's static holder at the strategy of the test's own application context. Every context
 * (H2, MySQL, browser) registers its own Vaadin-aware strategy, each with its own thread-local; when a test JVM holds
 * several, the holder keeps the last one created, and code that sets the context statically ({@code SystemActor})
 * would write where the test's services do not read. Before all of a class's tests as well as before each: a
 * {@code @BeforeAll} that runs as someone needs it as much as a test does.
 */
public class ThisContextsSecurityStrategy implements BeforeAllCallback, BeforeEachCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        beforeEach(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        SecurityContextHolder.setContextHolderStrategy(
                SpringExtension.getApplicationContext(context).getBean(SecurityContextHolderStrategy.class));
    }
}
