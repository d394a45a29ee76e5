package ecopark.report.ui;

import ecopark.base.filestore.SampleFiles;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import ecopark.UiTest;
import ecopark.report.service.ReportService;
import ecopark.security.SystemActor;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

class AttachmentsPanelTest extends UiTest {

    @Autowired ReportService reports;

    private long changchun2019() {
        return SystemActor.call(() -> reports.findVisible(Pageable.unpaged()).stream()
                .filter(r -> r.year() == 2019).findFirst().orElseThrow().id());
    }

    @Test
    void an_uploaded_document_is_listed_with_a_download_link() {
        login("cc_staff");
        UI.getCurrent().navigate(ReportEditorView.class, changchun2019());

        _get(AttachmentsPanel.class).receive("重新核查改进方案.pdf", SampleFiles.pdf());

        assertThat(_find(Anchor.class)).extracting(Anchor::getText).contains("重新核查改进方案.pdf");
        assertThat(_get(Span.class, spec -> spec.withId("upload-message")).getText()).contains("已上传");
    }

    @Test
    void a_refused_file_is_explained_next_to_the_upload() {
        login("cc_staff");
        UI.getCurrent().navigate(ReportEditorView.class, changchun2019());

        _get(AttachmentsPanel.class).receive("病毒.exe", "MZ".getBytes(StandardCharsets.UTF_8));

        Span message = _get(Span.class, spec -> spec.withId("upload-message"));
        assertThat(message.getText()).contains("不接受文件“病毒.exe”的类型");
        assertThat(message.hasClassName("error")).isTrue();
    }

    @Test
    void reviewers_see_no_upload() {
        login("cc_reviewer1");
        UI.getCurrent().navigate(ReportEditorView.class, changchun2019());

        assertThat(_find(Upload.class)).isEmpty();
    }
}
