package ecopark.base.process;

import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The embedded H2 database runs in MySQL compatibility mode, where Flowable's H2 DDL (its {@code identity} columns)
 * is refused; Flowable therefore talks MySQL to it, as it does to the production database.
 */
@Component
class EmbeddedDatabaseDialect implements EngineConfigurationConfigurer<SpringProcessEngineConfiguration> {

    private final String url;

    EmbeddedDatabaseDialect(@Value("${spring.datasource.url:}") String url) {
        this.url = url;
    }

    @Override
    public void configure(SpringProcessEngineConfiguration configuration) {
        if (url.startsWith("jdbc:h2:") && url.toUpperCase().contains("MODE=MYSQL")) {
            configuration.setDatabaseType("mysql");
        }
    }
}
