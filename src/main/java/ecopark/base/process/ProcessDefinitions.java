package ecopark.base.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.Deployment;
import org.flowable.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the BPMN files of {@code processes/} under their bare file names. Flowable's own auto-deployment names a
 * resource by its classpath location, which differs between {@code spring-boot:run} and the jar, so every restart
 * from the other one would create new process versions; duplicate filtering on stable names prevents that.
 */
@Component
public class ProcessDefinitions {

    public static final String DEPLOYMENT_NAME = "ecopark-processes";
    static final String LOCATION = "classpath*:processes/*.bpmn20.xml";

    private static final Logger log = LoggerFactory.getLogger(ProcessDefinitions.class);

    private final RepositoryService repositoryService;

    public ProcessDefinitions(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    public void deployOnStartup() {
        deploy();
    }

    /** Deploys the current files; returns the deployment, which is the previous one when nothing changed. */
    public Deployment deploy() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            DeploymentBuilder builder = repositoryService.createDeployment()
                    .name(DEPLOYMENT_NAME)
                    .enableDuplicateFiltering();
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    builder.addBytes(file.getFilename(), in.readAllBytes());
                }
            }
            Deployment deployment = builder.deploy();
            log.info("Process definitions {} in deployment {}", Arrays.stream(files).map(Resource::getFilename).toList(),
                    deployment.getId());
            return deployment;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read process definitions from " + LOCATION, e);
        }
    }
}
