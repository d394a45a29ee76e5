package ecopark.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;

import ecopark.ApplicationTest;
import ecopark.evaluation.domain.Selection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The catalogue the migrations load is HJ 274-2015's table 1 (src/test/resources/reference): every indicator under
 * the standard's category, with its number, name, unit, requirement, mandatory or optional, and footnote.
 */
@ApplicationTest
class CatalogueReferenceTableTest {

    @Autowired CatalogueService catalogues;

    record Row(String no, String category, String name, String unit, String requirement, String mandatory,
            String footnote) {
    }

    static List<Row> referenceTable() throws IOException {
        try (InputStream in = CatalogueReferenceTableTest.class
                .getResourceAsStream("/reference/hj274-2015-indicators.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .map(l -> l.split("\t", -1))
                    .map(c -> new Row(c[0], c[1], c[2], c[3], c[4], c[6], c[7])).toList();
        }
    }

    private Catalogue hj274() {
        return catalogues.all().stream().filter(c -> c.code().equals("HJ 274-2015")).findFirst().orElseThrow();
    }

    @Test
    @WithUserDetails("admin")
    void every_indicator_is_filed_under_the_category_of_the_standard() throws IOException {
        Catalogue catalogue = hj274();
        Map<Long, CategorySpec> categories = catalogue.categoriesById();
        List<Row> reference = referenceTable();

        assertThat(catalogue.indicators()).hasSize(reference.size());
        for (Row row : reference) {
            IndicatorSpec indicator = catalogue.indicator(row.no()).orElseThrow();
            assertThat(categories.get(indicator.categoryId()).name().in(Locale.CHINESE))
                    .as("category of indicator " + row.no()).isEqualTo(row.category());
        }
    }

    @Test
    @WithUserDetails("admin")
    void indicators_one_to_four_are_economic_development_and_five_to_seven_industrial_symbiosis() {
        Catalogue catalogue = hj274();
        Map<Long, CategorySpec> categories = catalogue.categoriesById();
        for (String code : List.of("1", "2", "3", "4")) {
            assertThat(categories.get(catalogue.indicator(code).orElseThrow().categoryId()).code()).isEqualTo("ECONOMY");
        }
        for (String code : List.of("5", "6", "7")) {
            assertThat(categories.get(catalogue.indicator(code).orElseThrow().categoryId()).code())
                    .isEqualTo("SYMBIOSIS");
        }
        assertThat(categories.get(catalogue.indicator("4").orElseThrow().categoryId()).name().in(Locale.ENGLISH))
                .isEqualTo("Economic development");
    }

    @Test
    @WithUserDetails("admin")
    void number_name_unit_selection_and_footnote_are_those_of_the_standard() throws IOException {
        Catalogue catalogue = hj274();
        for (Row row : referenceTable()) {
            IndicatorSpec indicator = catalogue.indicator(row.no()).orElseThrow();
            assertThat(indicator.sortOrder()).as("position of " + row.no()).isEqualTo(Integer.parseInt(row.no()));
            assertThat(indicator.name().in(Locale.CHINESE)).as("name of " + row.no()).isEqualTo(row.name());
            assertThat(indicator.unit().in(Locale.CHINESE)).as("unit of " + row.no()).isEqualTo(row.unit());
            assertThat(indicator.selection()).as("selection of " + row.no())
                    .isEqualTo(row.mandatory().equals("mandatory") ? Selection.MANDATORY : Selection.OPTIONAL);
            assertThat(indicator.footnoteMarks() == null ? "" : indicator.footnoteMarks())
                    .as("footnote of " + row.no()).isEqualTo(row.footnote());
        }
    }

    /**
     * The requirement as printed; the table writes the elasticity and regional rules in one line with ASCII
     * separators, the catalogue in the form's own wording, so those are compared by their threshold numbers.
     */
    @Test
    @WithUserDetails("admin")
    void requirements_are_those_of_the_standard() throws IOException {
        Catalogue catalogue = hj274();
        for (Row row : referenceTable()) {
            String requirement = catalogue.indicator(row.no()).orElseThrow().requirement().in(Locale.CHINESE);
            if (row.requirement().contains(";")) {
                assertThat(numbersOf(requirement)).as("requirement of " + row.no())
                        .isEqualTo(numbersOf(row.requirement()));
            } else {
                assertThat(requirement).as("requirement of " + row.no()).isEqualTo(row.requirement());
            }
        }
    }

    private static List<String> numbersOf(String text) {
        return java.util.regex.Pattern.compile("\\d+(\\.\\d+)?").matcher(text).results().map(m -> m.group()).toList();
    }
}
