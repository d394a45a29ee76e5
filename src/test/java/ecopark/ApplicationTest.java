package ecopark;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a private in-memory H2 database with the demo data loaded; its clock is a
 * {@link TestClock} that tests may move forward.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@org.junit.jupiter.api.extension.ExtendWith(ecopark.ThisContextsSecurityStrategy.class)
@SpringBootTest
@ActiveProfiles("test")
@Import(TestClock.Config.class)
public @interface ApplicationTest {
}
