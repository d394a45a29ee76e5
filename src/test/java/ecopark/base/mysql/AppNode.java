package ecopark.base.mysql;

import ecopark.Application;
import ecopark.security.SignedInUser;
import ecopark.security.SystemActor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.flowable.engine.ProcessEngine;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * One application node as production runs it (profile {@code mysql}, its own Tomcat on a free port, Flowable's job
 * executor on), in this JVM: several nodes on one database are several of these. Code run "on" a node uses that
 * node's beans and its security-context strategy.
 */
final class AppNode implements AutoCloseable {

    private final String name;
    private final ConfigurableApplicationContext context;

    private AppNode(String name, ConfigurableApplicationContext context) {
        this.name = name;
        this.context = context;
    }

    static AppNode start(String name, String databaseUrl, String... settings) {
        List<String> args = new ArrayList<>(List.of("--spring.profiles.active=mysql", "--server.port=0",
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=" + ScratchDatabase.user(),
                "--spring.datasource.password=" + ScratchDatabase.password(),
                "--spring.main.banner-mode=off", "--spring.application.name=" + name,
                // Each node its own search index, in memory: nodes of one JVM must not share ./data/search-index
                "--spring.jpa.properties.hibernate.search.backend.directory.type=local-heap"));
        args.addAll(List.of(settings));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .initializers(c -> {
                    c.getBeanFactory().registerSingleton("noTestConfigurations", new NoTestConfigurations());
                    c.getBeanFactory().addBeanPostProcessor(new OneSecurityStrategy());
                })
                .run(args.toArray(String[]::new));
        SecurityContextHolder.setContextHolderStrategy(OneSecurityStrategy.shared);
        // Flowable keeps a moved clock in a static field, shared by every engine of the JVM; a production node reads
        // the system's, whatever a timer test run earlier in this JVM left behind.
        context.getBean(ProcessEngine.class).getProcessEngineConfiguration().getClock().reset();
        return new AppNode(name, context);
    }

    int port() {
        return ((ServletWebServerApplicationContext) context).getWebServer().getPort();
    }

    String baseUrl() {
        return "http://localhost:" + port();
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Work on this node as the user, the way their request would run there. */
    <T> T as(String username, Supplier<T> work) {
        onThisNode();
        return SystemActor.callAs((SignedInUser) bean(UserDetailsService.class).loadUserByUsername(username), work);
    }

    void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    /** Work on this node as the system (set-up, checks). */
    <T> T system(Supplier<T> work) {
        onThisNode();
        return SystemActor.call(work);
    }

    /** Stops the node as a crash would look to the others: its sessions and in-memory state are gone. */
    @Override
    public void close() {
        context.close();
    }

    @Override
    public String toString() {
        return name + " on port " + port();
    }

    private void onThisNode() {
        SecurityContextHolder.setContextHolderStrategy(bean(SecurityContextHolderStrategy.class));
    }

    /**
     * One security-context strategy for every node of the JVM. Each context would otherwise make its own (a
     * thread-local each), Spring Security's static holder would keep only the last, and code that sets the actor
     * through it ({@code SystemActor}, e.g. in a review timer run by a node's job executor) would write where that
     * node's services do not read. In production each node is a JVM of its own. The strategy holds nothing but its
     * thread-local, so sharing it changes nothing else.
     */
    private static final class OneSecurityStrategy implements BeanPostProcessor {
        static volatile SecurityContextHolderStrategy shared;

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof SecurityContextHolderStrategy strategy) {
                synchronized (OneSecurityStrategy.class) {
                    if (shared == null) {
                        shared = strategy;
                    }
                    // The bean's factory method has just put its own one into the static holder.
                    SecurityContextHolder.setContextHolderStrategy(shared);
                    return shared;
                }
            }
            return bean;
        }
    }

    /** Keeps the test sources' own configurations (a movable test clock) out of a node, as @SpringBootTest does. */
    private static final class NoTestConfigurations extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof NoTestConfigurations;
        }

        @Override
        public int hashCode() {
            return NoTestConfigurations.class.hashCode();
        }
    }
}
