package ecopark.forwarding.document;

import static org.assertj.core.api.Assertions.assertThat;

import ecopark.opendata.service.IndicatorColumn;
import ecopark.opendata.service.IndicatorRecord;
import ecopark.publication.service.PublishedForm;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The package's workbook as the national office opens it: one row per park, then every indicator row. */
class PackageSummaryTest {

    @Test
    void one_row_per_park_forwarded_or_missing_with_its_counts_and_every_indicator_row() throws IOException {
        BundledForm changchun = new BundledForm(11, "长春经济技术开发区", 2020, 2, "a".repeat(64), new byte[0], List.of());
        List<IndicatorRecord> rows = List.of(row(11, "1", true), row(11, "2", false), row(11, "3", null));

        byte[] xlsx = new PackageSummary().workbook(List.of(changchun),
                List.of(new MissingPark("四平红嘴经济技术开发区", "报告退回修改，尚未重新提交")), rows);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet parks = book.getSheet("汇总");
            assertThat(texts(parks.getRow(0))).startsWith("园区", "报送情况", "未报送原因");
            Row forwarded = parks.getRow(1);
            assertThat(forwarded.getCell(0).getStringCellValue()).isEqualTo("长春经济技术开发区");
            assertThat(forwarded.getCell(1).getStringCellValue()).isEqualTo("已报送");
            assertThat(forwarded.getCell(5).getNumericCellValue()).isEqualTo(2); // assessed: met or not met
            assertThat(forwarded.getCell(6).getNumericCellValue()).isEqualTo(1);
            assertThat(forwarded.getCell(7).getNumericCellValue()).isEqualTo(1);
            assertThat(forwarded.getCell(8).getStringCellValue()).isEqualTo("a".repeat(64));
            Row missing = parks.getRow(2);
            assertThat(texts(missing)).containsExactly("四平红嘴经济技术开发区", "未报送", "报告退回修改，尚未重新提交");

            Sheet indicators = book.getSheet("指标");
            assertThat(texts(indicators.getRow(0))).hasSize(IndicatorColumn.values().length)
                    .startsWith("publication_id", "content_sha256");
            assertThat(indicators.getLastRowNum()).isEqualTo(3);
            assertThat(indicators.getRow(1).getCell(IndicatorColumn.PARK_NAME.ordinal()).getStringCellValue())
                    .isEqualTo("长春经济技术开发区");
        }
    }

    private static List<String> texts(Row row) {
        return StreamSupport.stream(row.spliterator(), false)
                .map(c -> c.getCellType() == CellType.STRING ? c.getStringCellValue()
                        : String.valueOf(c.getNumericCellValue()))
                .toList();
    }

    private static IndicatorRecord row(long publicationId, String code, Boolean met) {
        return new IndicatorRecord(publicationId, "a".repeat(64), 1, "长春经济技术开发区", "吉林省", "长春市生态环境局",
                2020, 2, Instant.parse("2021-05-20T02:00:00Z"), true, code, "经济发展", "Economic development",
                "指标" + code, "Indicator " + code, "%", "%", "≥15", "≥15", "≥15", "≥15", true, met != null,
                BigDecimal.TEN, "10", null, met == null ? PublishedForm.Result.NOT_ASSESSED
                        : met ? PublishedForm.Result.MET : PublishedForm.Result.NOT_MET, met);
    }
}
