package ecopark.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ecopark.review.service.ProcessDiagram;
import ecopark.review.service.ProcessDiagram.Box;
import ecopark.review.service.ProcessDiagram.Edge;
import ecopark.review.service.ProcessDiagram.Kind;
import ecopark.review.service.ProcessDiagram.Point;
import ecopark.review.service.ProcessDiagram.Shape;
import ecopark.review.service.ReviewDiagrams;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.junit.jupiter.api.Test;

class ProcessDiagramSvgTest {

    private static BpmnModel reviewProcess() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("processes/annual-report-review.bpmn20.xml"))) {
            return new BpmnXMLConverter().convertToBpmnModel(
                    XMLInputFactory.newInstance().createXMLStreamReader(in, "UTF-8"));
        }
    }

    @Test
    void the_review_process_is_drawn_with_its_chinese_labels_and_the_final_sign_off_active() throws Exception {
        BpmnModel model = reviewProcess();
        ProcessDiagram diagram = ReviewDiagrams.draw(model, Set.of("finalReview"),
                Set.of("submitted", "completenessCheck", "flowSubmittedToCheck"));

        String svg = ProcessDiagramSvg.render(diagram, "审核流程图");

        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>");
        assertThat(svg).contains("<title>审核流程图</title>");
        for (String label : List.of("提交", "完整性检查", "初审", "复核", "园区修改", "发布", "逾期上报管理人员", "通过", "退回")) {
            assertThat(svg).contains(">" + label);
        }
        assertThat(svg).contains("class=\"element active user_task\" data-activity=\"finalReview\"");
        assertThat(svg).contains("data-activity=\"completenessCheck\" data-state=\"done\"");
        assertThat(svg).contains("data-activity=\"preliminaryReview\" data-state=\"pending\"");
        assertThat(svg).contains("<g data-flow=\"flowSubmittedToCheck\"><polyline class=\"flow done\"");
        assertThat(svg).contains("font-family=\"&#39;Noto Sans CJK SC&#39;");
        // Every step and every flow of the process has its place in the drawing.
        long flows = model.getMainProcess().getFlowElements().stream()
                .filter(e -> e instanceof org.flowable.bpmn.model.SequenceFlow).count();
        assertThat(diagram.edges()).hasSize((int) flows);
        assertThat(diagram.shapes()).hasSize(model.getMainProcess().getFlowElements().size() - (int) flows);
    }

    @Test
    void names_are_escaped_and_long_ones_wrap_inside_their_box() {
        ProcessDiagram diagram = new ProcessDiagram(
                List.of(new Shape("t", Kind.SERVICE_TASK, "<核对>&“数据”完整性检查与补充说明", new Box(0, 0, 120, 80), null)),
                List.of(new Edge("f", "A&B", List.of(new Point(0, 40), new Point(-50, 40)), new Box(-40, 20, 30, 14))),
                Set.of(), Set.of());

        String svg = ProcessDiagramSvg.render(diagram, "t");

        assertThat(svg).contains("&lt;核对&gt;&amp;").contains(">A&amp;B</text>").doesNotContain("<核对>");
        assertThat(svg.split("<tspan", -1)).hasSize(4);
    }

    @Test
    void english_names_break_between_words_and_chinese_ones_anywhere() {
        List<String> english = ProcessDiagramSvg.lines("Tell the managers it is overdue", 8);
        assertThat(english).hasSizeGreaterThan(1).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(14));
        assertThat(String.join(" ", english)).isEqualTo("Tell the managers it is overdue");
        assertThat(english).allSatisfy(line -> assertThat(List.of("Tell", "the", "managers", "it", "is", "overdue"))
                .containsAll(List.of(line.split(" "))));

        assertThat(ProcessDiagramSvg.lines("逾期上报管理人员", 3)).containsExactly("逾期上", "报管理", "人员");
    }
}
