package ecopark.base;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses the start, before any bean is made, when a setting a profile lists in {@code ecopark.required-settings}
 * is missing or still names an environment variable that is not set. Spring's property binding would otherwise
 * pass the unresolved text "${ECOPARK_DB_USER}" on as the database user name.
 */
@Component
class RequiredSettings implements BeanFactoryPostProcessor, EnvironmentAware {

    static final String PROPERTY = "ecopark.required-settings";
    private static final Pattern PLACEHOLDER = Pattern.compile("Could not resolve placeholder '([^':]+)'");

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        check(environment);
    }

    static void check(Environment environment) {
        for (String setting : environment.getProperty(PROPERTY, String[].class, new String[0])) {
            String value;
            try {
                value = environment.getProperty(setting.trim());
            } catch (IllegalArgumentException unresolved) {
                Matcher variable = PLACEHOLDER.matcher(String.valueOf(unresolved.getMessage()));
                throw missing(variable.find() ? "The environment variable " + variable.group(1) : setting.trim());
            }
            if (value == null) {
                throw missing("The setting " + setting.trim());
            }
        }
    }

    private static StartupRefusedException missing(String what) {
        return new StartupRefusedException(what + " is not set; this profile has no default for it.",
                "Set ECOPARK_DB_URL, ECOPARK_DB_USER and ECOPARK_DB_PASSWORD for the mysql profile "
                        + "(see docs/operations.md).");
    }
}
