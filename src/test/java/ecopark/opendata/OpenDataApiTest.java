package ecopark.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ecopark.ApplicationTest;
import ecopark.publication.domain.Publication;
import ecopark.security.matrix.MatrixMvc;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * Open data as a client without sign-in gets it: CSV with a BOM and the documented columns, Chinese intact, Excel read
 * back with POI, a park's years, the filtered list, the same rows paged as JSON, refused parameters, unknown ids, the
 * catalogue and its page. Years 4251–4299.
 */
@ApplicationTest
class OpenDataApiTest {

    /** The column layout as docs/api.md gives it; clients rely on it, so it changes only by adding at the end. */
    static final List<String> DOCUMENTED = List.of("publication_id", "content_sha256", "park_id", "park_name",
            "province", "jurisdiction", "report_year", "revision", "published_at", "current", "indicator_code",
            "category_zh", "category_en", "indicator_name_zh", "indicator_name_en", "unit_zh", "unit_en",
            "requirement_zh", "requirement_en", "threshold_applied_zh", "threshold_applied_en", "mandatory",
            "assessed", "value", "value_displayed", "state", "result", "met");

    private static Publication first;
    private static Publication second;

    @Autowired WebApplicationContext context;
    @Autowired OpenDataFixtures fixtures;
    @Autowired ObjectMapper json;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MatrixMvc.of(context);
        if (first == null) {
            first = fixtures.published();
            second = fixtures.published();
        }
    }

    @Test
    void the_documented_column_layout_is_the_one_written_and_docs_api_lists_every_column_in_order() throws Exception {
        String docs = Files.readString(Path.of("docs/api.md"));
        Matcher column = Pattern.compile("(?m)^\\| \\d+ \\| `([a-z0-9_]+)` \\|").matcher(docs);
        List<String> listed = new ArrayList<>();
        while (column.find()) {
            listed.add(column.group(1));
        }
        assertThat(listed).isEqualTo(DOCUMENTED);
        assertThat(Arrays.stream(ecopark.opendata.service.IndicatorColumn.values()).map(c -> c.key()).toList())
                .isEqualTo(DOCUMENTED);
    }

    @Test
    void one_forms_csv_starts_with_a_bom_has_the_documented_columns_and_keeps_chinese_intact() throws Exception {
        MockHttpServletResponse answer = mvc.perform(get("/api/public/forms/{id}/indicators.csv", first.getId()))
                .andReturn().getResponse();
        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(answer.getContentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        assertThat(answer.getHeader("Content-Disposition")).startsWith("attachment").contains(".csv");
        assertThat(answer.getHeader("X-Content-SHA256")).isEqualTo(first.contentHash()).hasSize(64);
        byte[] bytes = answer.getContentAsByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);

        List<List<String>> csv = Csv.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertThat(csv.get(0)).isEqualTo(DOCUMENTED);
        // Exact decimals, as the CSV writes them (Jackson would read doubles by default).
        JsonNode rows = json.copy().enable(com.fasterxml.jackson.databind.DeserializationFeature
                .USE_BIG_DECIMAL_FOR_FLOATS).readTree(mvc.perform(get("/api/public/forms/{id}/indicators", first.getId()))
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(csv).hasSize(rows.size() + 1);
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = row(csv, i + 1);
            JsonNode expected = rows.get(i);
            assertThat(row.get("publication_id")).isEqualTo(String.valueOf(first.getId()));
            assertThat(row.get("content_sha256")).isEqualTo(first.contentHash());
            assertThat(row.get("park_name")).isEqualTo("长春经济技术开发区");
            assertThat(row.get("report_year")).isEqualTo(String.valueOf(first.getYear()));
            assertThat(row.get("indicator_code")).isEqualTo(expected.get("code").asText());
            assertThat(row.get("indicator_name_zh")).isEqualTo(expected.get("name").asText());
            assertThat(row.get("indicator_name_en")).isEqualTo(expected.get("nameEn").asText());
            assertThat(row.get("unit_zh")).isEqualTo(expected.get("unit").asText());
            assertThat(row.get("requirement_zh")).isEqualTo(expected.get("requirement").asText());
            assertThat(row.get("threshold_applied_zh")).isEqualTo(expected.get("requirementApplied").asText());
            assertThat(row.get("result")).isEqualTo(expected.get("result").asText());
            if (expected.get("value").isNull()) {
                assertThat(row.get("value")).isEmpty();
            } else {
                assertThat(new BigDecimal(row.get("value"))).isEqualByComparingTo(expected.get("value").decimalValue());
            }
        }
        // Entered in the fixture: indicator 5 is 8, and 17 a state indicator that is met.
        assertThat(new BigDecimal(rowByCode(csv, "5").get("value"))).isEqualByComparingTo("8");
        assertThat(rowByCode(csv, "17").get("state")).isEqualTo("true");
        assertThat(csv.stream().skip(1).map(r -> r.get(DOCUMENTED.indexOf("met"))))
                .contains("true").allMatch(m -> m.equals("true") || m.equals("false") || m.isEmpty());
    }

    @Test
    void the_excel_file_reads_back_with_a_frozen_header_and_numbers_as_numbers() throws Exception {
        MockHttpServletResponse answer = mvc.perform(get("/api/public/forms/{id}/indicators.xlsx", first.getId()))
                .andReturn().getResponse();
        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(answer.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml");
        assertThat(answer.getHeader("X-Content-SHA256")).isEqualTo(first.contentHash());
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(answer.getContentAsByteArray()))) {
            Sheet sheet = book.getSheet("indicators");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).isEqualTo(DOCUMENTED);
            assertThat(sheet.getLastRowNum()).isGreaterThan(20);
            Row row = null;
            for (Row r : sheet) {
                if (r.getRowNum() > 0 && "5".equals(r.getCell(DOCUMENTED.indexOf("indicator_code"))
                        .getStringCellValue())) {
                    row = r;
                }
            }
            assertThat(row).isNotNull();
            Cell value = row.getCell(DOCUMENTED.indexOf("value"));
            assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(value.getNumericCellValue()).isEqualTo(8.0);
            assertThat(row.getCell(DOCUMENTED.indexOf("report_year")).getNumericCellValue())
                    .isEqualTo(first.getYear());
            assertThat(row.getCell(DOCUMENTED.indexOf("publication_id")).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(DOCUMENTED.indexOf("assessed")).getCellType()).isEqualTo(CellType.BOOLEAN);
            assertThat(row.getCell(DOCUMENTED.indexOf("park_name")).getStringCellValue()).isEqualTo("长春经济技术开发区");
            assertThat(row.getCell(DOCUMENTED.indexOf("content_sha256")).getStringCellValue())
                    .isEqualTo(first.contentHash());
            Sheet columns = book.getSheet("columns");
            assertThat(columns.getLastRowNum()).isEqualTo(DOCUMENTED.size());
            assertThat(columns.getRow(4).getCell(1).getStringCellValue()).isEqualTo("发布时的园区名称。");
        }
    }

    @Test
    void a_parks_download_holds_its_current_forms_oldest_year_first_and_an_unknown_park_is_404() throws Exception {
        List<List<String>> csv = csv("/api/public/parks/" + first.getParkId() + "/indicators.csv");
        List<Integer> years = new ArrayList<>();
        for (int i = 1; i < csv.size(); i++) {
            int year = Integer.parseInt(row(csv, i).get("report_year"));
            assertThat(row(csv, i).get("park_id")).isEqualTo(String.valueOf(first.getParkId()));
            assertThat(row(csv, i).get("current")).isEqualTo("true");
            if (years.isEmpty() || years.get(years.size() - 1) != year) {
                years.add(year);
            }
        }
        assertThat(years).isSorted().contains(first.getYear(), second.getYear());
        assertThat(mvc.perform(get("/api/public/parks/{p}/indicators.xlsx", first.getParkId())).andReturn()
                .getResponse().getStatus()).isEqualTo(200);

        for (String path : List.of("/api/public/parks/987654321/indicators.csv",
                "/api/public/parks/987654321/indicators.xlsx", "/api/public/forms/987654321/indicators.csv",
                "/api/public/forms/987654321/indicators.xlsx")) {
            MockHttpServletResponse answer = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(answer.getStatus()).as(path).isEqualTo(404);
            assertThat(json.readTree(answer.getContentAsByteArray()).get("message").asText()).as(path)
                    .isIn("该园区没有已发布的公开表。", "没有此编号的已发布公开表。");
        }
    }

    @Test
    void the_filtered_list_keeps_only_the_rows_the_filters_select() throws Exception {
        List<List<String>> year = csv("/api/public/indicators.csv?year=" + first.getYear());
        assertThat(year).hasSizeGreaterThan(20);
        for (int i = 1; i < year.size(); i++) {
            assertThat(row(year, i).get("report_year")).isEqualTo(String.valueOf(first.getYear()));
            assertThat(row(year, i).get("publication_id")).isEqualTo(String.valueOf(first.getId()));
        }
        List<List<String>> notMet = csv("/api/public/indicators.csv?met=false&year=" + first.getYear());
        List<List<String>> met = csv("/api/public/indicators.csv?met=true&parkId=" + first.getParkId()
                + "&year=" + first.getYear());
        assertThat(met.size() - 1).isPositive();
        notMet.stream().skip(1).forEach(r -> assertThat(r.get(DOCUMENTED.indexOf("met"))).isEqualTo("false"));
        met.stream().skip(1).forEach(r -> assertThat(r.get(DOCUMENTED.indexOf("met"))).isEqualTo("true"));
        long assessed = year.stream().skip(1).filter(r -> !r.get(DOCUMENTED.indexOf("met")).isEmpty()).count();
        assertThat(met.size() - 1 + notMet.size() - 1).isEqualTo(assessed);
        // Another park's filter finds none of these forms; a park with no form finds nothing, but answers.
        assertThat(csv("/api/public/indicators.csv?parkId=987654321")).hasSize(1);
        assertThat(csv("/api/public/indicators.csv?province=吉林省&year=" + second.getYear())).hasSizeGreaterThan(20);
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(mvc.perform(
                get("/api/public/indicators.xlsx").param("year", String.valueOf(first.getYear())))
                .andReturn().getResponse().getContentAsByteArray()))) {
            assertThat(book.getSheet("indicators").getLastRowNum()).isEqualTo(year.size() - 1);
        }
    }

    @Test
    void the_json_list_pages_through_the_same_rows_as_the_download() throws Exception {
        String filter = "parkId=" + first.getParkId();
        List<List<String>> csv = csv("/api/public/indicators.csv?" + filter);
        List<String> expected = csv.stream().skip(1).map(r -> r.get(0) + "/" + r.get(DOCUMENTED.indexOf(
                "indicator_code"))).toList();
        List<String> paged = new ArrayList<>();
        int pages = 0;
        for (int page = 0; ; page++) {
            JsonNode body = json.readTree(mvc.perform(get("/api/public/indicators?" + filter + "&size=7&page=" + page))
                    .andReturn().getResponse().getContentAsByteArray());
            assertThat(body.get("totalItems").asLong()).isEqualTo(expected.size());
            assertThat(body.get("size").asInt()).isEqualTo(7);
            for (JsonNode item : body.get("items")) {
                List<String> keys = new ArrayList<>();
                item.fieldNames().forEachRemaining(keys::add);
                assertThat(keys).isEqualTo(DOCUMENTED);
                paged.add(item.get("publication_id").asLong() + "/" + item.get("indicator_code").asText());
            }
            pages++;
            if (page + 1 >= body.get("totalPages").asInt()) {
                break;
            }
        }
        assertThat(pages).isGreaterThan(1);
        assertThat(paged).isEqualTo(expected);

        JsonNode notMet = json.readTree(mvc.perform(get("/api/public/indicators").param("met", "false")
                .param("size", "100")).andReturn().getResponse().getContentAsByteArray());
        notMet.get("items").forEach(i -> assertThat(i.get("met").asBoolean(true)).isFalse());
        JsonNode row = json.readTree(mvc.perform(get("/api/public/indicators").param("year",
                String.valueOf(first.getYear())).param("size", "100")).andReturn().getResponse()
                .getContentAsByteArray()).get("items").get(0);
        assertThat(row.get("park_name").asText()).isEqualTo("长春经济技术开发区");
        assertThat(row.get("report_year").isNumber()).isTrue();
    }

    @Test
    void a_bad_parameter_is_a_400_whose_translated_message_names_it() throws Exception {
        Map<String, String> bad = Map.of("size=101", "size", "size=0", "size", "page=-1", "page", "year=abc", "year",
                "parkStatus=OPEN", "parkStatus", "met=maybe", "met", "parkId=x", "parkId");
        for (Map.Entry<String, String> e : bad.entrySet()) {
            for (String lang : List.of("zh-CN", "en")) {
                MockHttpServletResponse answer = mvc.perform(get("/api/public/indicators?" + e.getKey())
                        .header("Accept-Language", lang)).andReturn().getResponse();
                assertThat(answer.getStatus()).as(e.getKey()).isEqualTo(400);
                JsonNode body = json.readTree(answer.getContentAsByteArray());
                assertThat(body.get("message").asText()).as(e.getKey() + " " + lang).contains(e.getValue());
                assertThat(body.get("fields").get(0).get("field").asText()).isEqualTo(e.getValue());
            }
        }
        MockHttpServletResponse english = mvc.perform(get("/api/public/indicators.csv?year=abc")
                .header("Accept-Language", "en")).andReturn().getResponse();
        assertThat(english.getStatus()).isEqualTo(400);
        assertThat(json.readTree(english.getContentAsByteArray()).get("message").asText())
                .isEqualTo("The value 'abc' of parameter year is not valid.");
        assertThat(mvc.perform(get("/api/public/forms/abc/indicators.csv")).andReturn().getResponse().getStatus())
                .isEqualTo(400);
    }

    @Test
    void the_catalogue_lists_every_dataset_with_its_formats_addresses_and_column_layout() throws Exception {
        JsonNode catalogue = json.readTree(mvc.perform(get("/api/public/catalogue")).andReturn().getResponse()
                .getContentAsByteArray());
        assertThat(catalogue.at("/title/zh").asText()).contains("公开数据");
        assertThat(catalogue.at("/title/en").asText()).contains("Open data");
        List<String> columns = new ArrayList<>();
        catalogue.get("columns").forEach(c -> columns.add(c.get("name").asText()));
        assertThat(columns).isEqualTo(DOCUMENTED);
        JsonNode all = catalogue.get("datasets").get(0);
        assertThat(all.get("identifier").asText()).isEqualTo("indicators");
        List<String> formats = new ArrayList<>();
        all.get("distributions").forEach(d -> formats.add(d.get("format").asText() + " " + d.get("mediaType").asText()
                + " " + d.get("downloadURL").asText().replaceFirst("^https?://[^/]+", "")));
        assertThat(formats).containsExactly("CSV text/csv /api/public/indicators.csv",
                "XLSX application/vnd.openxmlformats-officedocument.spreadsheetml.sheet /api/public/indicators.xlsx",
                "JSON application/json /api/public/indicators");
        assertThat(all.get("distributions").get(0).get("conformsTo").asText()).endsWith("/public/data#columns");
        JsonNode park = null;
        for (JsonNode d : catalogue.get("datasets")) {
            if (d.get("identifier").asText().equals("park-" + first.getParkId())) {
                park = d;
            }
        }
        assertThat(park).isNotNull();
        assertThat(park.at("/title/zh").asText()).contains("长春经济技术开发区");
        assertThat(park.get("modified").asText()).isNotBlank();
        String csvUrl = park.get("distributions").get(0).get("downloadURL").asText().replaceFirst("^https?://[^/]+",
                "");
        assertThat(csvUrl).isEqualTo("/api/public/parks/" + first.getParkId() + "/indicators.csv");
        assertThat(csv(csvUrl)).hasSizeGreaterThan(20);
    }

    @Test
    void the_open_data_page_lists_the_downloads_and_columns_without_a_session_in_both_languages() throws Exception {
        MvcResult zh = mvc.perform(get("/public/data")).andReturn();
        assertThat(zh.getResponse().getStatus()).isEqualTo(200);
        assertThat(zh.getRequest().getSession(false)).isNull();
        String page = zh.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<html lang=\"zh-CN\"").contains("公开数据").contains("/api/public/indicators.csv")
                .contains("/api/public/indicators.xlsx").contains("/api/public/catalogue")
                .contains("/api/public/parks/" + first.getParkId() + "/indicators.csv").contains("id=\"columns\"");
        DOCUMENTED.forEach(c -> assertThat(page).contains("<code>" + c + "</code>"));
        MockHttpServletRequestBuilder english = get("/public/data").param("lang", "en");
        String en = mvc.perform(english).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // The page's own words come from the portal's message resolver (its layout); the title is the page's.
        assertThat(en).contains("<html lang=\"en\"").contains("<title>Open data · ")
                .contains("/api/public/indicators.csv");
    }

    private List<List<String>> csv(String path) throws Exception {
        MockHttpServletResponse answer = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(answer.getStatus()).as(path).isEqualTo(200);
        byte[] bytes = answer.getContentAsByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = Csv.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertThat(rows.get(0)).isEqualTo(DOCUMENTED);
        rows.forEach(r -> assertThat(r).hasSize(DOCUMENTED.size()));
        return rows;
    }

    private static Map<String, String> row(List<List<String>> csv, int index) {
        Map<String, String> row = new java.util.LinkedHashMap<>();
        for (int c = 0; c < DOCUMENTED.size(); c++) {
            row.put(DOCUMENTED.get(c), csv.get(index).get(c));
        }
        return row;
    }

    private static Map<String, String> rowByCode(List<List<String>> csv, String code) {
        for (int i = 1; i < csv.size(); i++) {
            if (csv.get(i).get(DOCUMENTED.indexOf("indicator_code")).equals(code)) {
                return row(csv, i);
            }
        }
        throw new AssertionError("No row " + code);
    }

}
