package ecopark.base.process;

import static org.assertj.core.api.Assertions.assertThat;

import ecopark.ApplicationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ApplicationTest
class ProcessDefinitionsTest {

    @Autowired ProcessDefinitions processDefinitions;
    @Autowired RepositoryService repository;

    @Test
    void every_file_in_processes_is_deployed_under_its_file_name() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            var names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".bpmn20.xml")).toList();
            // The deployment the newest review process came with (a test may have deployed an older file since)
            String deploymentId = repository.createProcessDefinitionQuery().processDefinitionKey("annualReportReview")
                    .latestVersion().singleResult().getDeploymentId();
            assertThat(repository.createDeploymentQuery().deploymentId(deploymentId).singleResult().getName())
                    .isEqualTo(ProcessDefinitions.DEPLOYMENT_NAME);

            assertThat(names).isNotEmpty();
            assertThat(repository.getDeploymentResourceNames(deploymentId)).filteredOn(n -> n.endsWith(".bpmn20.xml"))
                    .containsExactlyInAnyOrderElementsOf(names);
        }
    }

    @Test
    void deploying_the_same_files_again_creates_no_new_process_version() {
        processDefinitions.deploy(); // whatever another test of this context deployed, the files are newest now
        long deployments = repository.createDeploymentQuery().count();
        var versions = repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .map(d -> d.getKey() + ":" + d.getVersion()).toList();

        processDefinitions.deploy();
        processDefinitions.deploy();

        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(repository.createProcessDefinitionQuery().latestVersion().list())
                .extracting(d -> d.getKey() + ":" + d.getVersion()).containsExactlyInAnyOrderElementsOf(versions);
    }

    @Test
    void the_review_process_is_executable_and_named_in_chinese() {
        ProcessDefinition review = repository.createProcessDefinitionQuery()
                .processDefinitionKey("annualReportReview").latestVersion().singleResult();

        assertThat(review).isNotNull();
        assertThat(review.getName()).isEqualTo("年度评价报告审核");
        assertThat(review.hasGraphicalNotation()).as("diagram interchange present").isTrue();
    }
}
