package ecopark.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import ecopark.base.api.ApiError;
import ecopark.base.api.ApiErrors;
import ecopark.evaluation.service.LocalizedText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * A message built from parts reads as text: catalogue names, translated keys and lists passed as arguments appear in
 * the message's language, whether the message is shown in a view, written into an API error body or a document.
 */
class LocalizableArgumentsTest {

    static final LocalizedText NAME = new LocalizedText("人均工业增加值", "Industrial value added per employee");

    @Test
    void a_catalogue_name_is_put_into_the_message_in_its_language() {
        assertThat(TranslationProvider.translate(TranslationProvider.CHINESE, "checks.notComputable", "2", NAME,
                Translatable.of("evaluation.reason.zeroDenominator")))
                .isEqualTo("指标 2（人均工业增加值）为必选指标，其值无法计算：分母为零，无法计算。");
        assertThat(TranslationProvider.translate(TranslationProvider.ENGLISH, "checks.notComputable", "2", NAME,
                Translatable.of("evaluation.reason.zeroDenominator")))
                .isEqualTo("Indicator 2 (Industrial value added per employee) is mandatory and its value cannot be "
                        + "computed: The denominator is zero; the indicator cannot be computed.");
    }

    @Test
    void lists_take_the_punctuation_of_the_language() {
        Localizable missing = Translatable.listOf(List.of(Translatable.of("checks.missingItem", 2019, NAME),
                Translatable.of("checks.missingEntered")));

        assertThat(missing.in(TranslationProvider.CHINESE)).isEqualTo("2019 年人均工业增加值、填报值");
        assertThat(missing.in(TranslationProvider.ENGLISH))
                .isEqualTo("Industrial value added per employee (2019), the value to enter");
    }

    @Test
    void an_api_error_body_names_catalogue_text_in_the_requested_language() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/test");
        request.addHeader("Accept-Language", "en");
        request.addPreferredLocale(java.util.Locale.ENGLISH);

        ApiError body = ApiErrors.body(HttpStatus.BAD_REQUEST, "checks.missingData",
                new Object[] {"2", NAME, Translatable.of("checks.missingEntered")}, request, null, null);

        assertThat(body.message()).isEqualTo("Indicator 2 (Industrial value added per employee) is missing data: "
                + "the value to enter.");
    }

    @Test
    void other_arguments_are_formatted_as_before() {
        assertThat(TranslationProvider.translate(TranslationProvider.CHINESE, "text.error.tooLong", 30000, 30001))
                .isEqualTo("文本过长：最多 30000 个字，当前 30001 个字。未保存，请删减后再保存");
    }
}
