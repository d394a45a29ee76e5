package ecopark.base.filestore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkbookGuardTest {

    private static final long LIMIT = 10L * 1024 * 1024;

    @Test
    void a_real_workbook_opens() throws Exception {
        WorkbookGuard.Opened opened = WorkbookGuard.open(SampleFiles.xlsx("园区"), LIMIT, 10);
        assertThat(opened.refusal()).isNull();
        opened.workbook().close();
    }
}
