package ecopark.base.process;

import java.sql.Connection;
import java.sql.SQLException;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** How Flowable must see our databases; both settings are about its schema detection at start. */
@Component
class FlowableDatabaseSettings implements EngineConfigurationConfigurer<SpringProcessEngineConfiguration> {

    private final String url;

    FlowableDatabaseSettings(@Value("${spring.datasource.url:}") String url) {
        this.url = url;
    }

    @Override
    public void configure(SpringProcessEngineConfiguration configuration) {
        if (url.startsWith("jdbc:h2:")) {
            // H2 in MySQL mode refuses Flowable's H2 DDL (identity columns), so Flowable talks MySQL to it, as in production.
            if (url.toUpperCase().contains("MODE=MYSQL")) {
                configuration.setDatabaseType("mysql");
            }
            return;
        }
        // MySQL/MariaDB drivers search every database of the server for Flowable's tables unless told the catalog:
        // another schema with Flowable tables on the same server would make Flowable skip creating its own.
        try (Connection connection = configuration.getDataSource().getConnection()) {
            configuration.setDatabaseCatalog(connection.getCatalog());
        } catch (SQLException e) {
            throw new FlowableException("Cannot read the database catalog of " + url, e);
        }
    }
}
