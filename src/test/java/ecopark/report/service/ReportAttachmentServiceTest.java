package ecopark.report.service;

import ecopark.base.filestore.SampleFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ecopark.ApplicationTest;
import ecopark.base.domain.BusinessRuleException;
import ecopark.security.SystemActor;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@ApplicationTest
@Transactional
class ReportAttachmentServiceTest {

    static final byte[] PDF = SampleFiles.pdf();

    @Autowired ReportAttachmentService attachments;
    @Autowired ReportService reports;

    private long changchun2019() {
        return SystemActor.call(() -> reports.findVisible(Pageable.unpaged()).stream()
                .filter(r -> r.year() == 2019).findFirst().orElseThrow().id());
    }

    private String refusal(Runnable upload) {
        try {
            upload.run();
        } catch (BusinessRuleException e) {
            return e.messageKey();
        }
        return "accepted";
    }

    @Test
    @WithUserDetails("cc_staff")
    void staff_upload_a_document_and_get_the_same_bytes_back_under_its_chinese_name() {
        AttachmentItem item = attachments.upload(changchun2019(), "碳达峰专项报告.pdf", PDF);

        assertThat(attachments.list(changchun2019())).extracting(AttachmentItem::fileName).contains("碳达峰专项报告.pdf");
        DownloadedFile file = attachments.download(item.id());
        assertThat(file.content()).isEqualTo(PDF);
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(item.uploadedBy()).isEqualTo("王丽");
    }

    @Test
    @WithUserDetails("cc_staff")
    void files_that_are_too_large_of_another_kind_or_disguised_are_refused_with_a_reason() {
        long report = changchun2019();
        byte[] tooLarge = SampleFiles.pdfOfSize(10 * 1024 * 1024 + 1);

        assertThat(refusal(() -> attachments.upload(report, "big.pdf", tooLarge))).isEqualTo("file.error.tooLarge");
        assertThat(refusal(() -> attachments.upload(report, "setup.exe", PDF))).isEqualTo("file.error.type");
        assertThat(refusal(() -> attachments.upload(report, "fake.pdf", "MZ...".getBytes()))).isEqualTo("filecheck.error.executable");
        assertThat(refusal(() -> attachments.upload(report, "empty.pdf", new byte[0]))).isEqualTo("file.error.empty");
        assertThat(attachments.list(report)).extracting(AttachmentItem::fileName)
                .doesNotContain("big.pdf", "setup.exe", "fake.pdf", "empty.pdf");
    }

    @Test
    @WithUserDetails("tj_staff")
    void staff_of_another_park_can_neither_list_nor_download_nor_upload() {
        long report = changchun2019();
        long attachment = SystemActor.call(() -> attachments.upload(report, "整改方案.pdf", PDF).id());

        assertThatThrownBy(() -> attachments.list(report)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attachments.download(attachment)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attachments.upload(report, "x.pdf", PDF)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("cc_reviewer1")
    void reviewers_download_but_do_not_upload() {
        long report = changchun2019();
        long attachment = SystemActor.call(() -> attachments.upload(report, "复核改进方案.pdf", PDF).id());

        assertThat(attachments.download(attachment).fileName()).isEqualTo("复核改进方案.pdf");
        assertThatThrownBy(() -> attachments.upload(report, "x.pdf", PDF)).isInstanceOf(AccessDeniedException.class);
    }
}
