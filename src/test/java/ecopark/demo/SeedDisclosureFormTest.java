package ecopark.demo;

import static org.assertj.core.api.Assertions.assertThat;

import ecopark.report.domain.NarrativeSection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SeedDisclosureFormTest {

    private final SeedDisclosureForm seed = SeedDisclosureForm.load();

    @Test
    void the_five_sections_together_hold_every_character_of_part_two_except_the_form_labels() throws IOException {
        String text = new String(getClass().getResourceAsStream(SeedDisclosureForm.RESOURCE).readAllBytes(),
                StandardCharsets.UTF_8);
        String partTwo = text.substring(text.indexOf("二、国家生态工业示范园区建设进展(当年)") + "二、国家生态工业示范园区建设进展(当年)".length(),
                text.indexOf("三、国家生态工业示范园区标准达标情况"))
                .replace("园区简介", "").replace("国家生态工业示范园区建设开展的主要工作:", "")
                .replace("建设中存在的问题和制约因素:", "").replace("下一阶段工作计划:", "");
        String sections = String.join("", Arrays.stream(NarrativeSection.values()).map(s -> seed.narratives().get(s)).toList());

        assertThat(withoutWhitespace(sections)).isEqualTo(withoutWhitespace(partTwo));
    }

    @Test
    void each_section_starts_and_ends_where_the_park_wrote_it() {
        assertThat(seed.narratives().get(NarrativeSection.INTRODUCTION)).startsWith("长春经开区成立于 1992 年")
                .endsWith("全力向高质量发展迈进。");
        assertThat(seed.narratives().get(NarrativeSection.MAIN_WORK)).startsWith("2019 年,在东北经济遭遇寒冬")
                .contains("中央环保督察反馈问题整改涉及经开区共18项任务,已完成15项,剩余4项正按序时进度推进。");
        assertThat(seed.narratives().get(NarrativeSection.ACHIEVEMENTS)).startsWith("二、国家生态工业示范园区建设主要成果")
                .endsWith("获得群众好评。");
        assertThat(seed.narratives().get(NarrativeSection.PROBLEMS)).startsWith("- (1)经开区产业转型已全面开展")
                .endsWith("与园区其他企业协调发展。");
        assertThat(seed.narratives().get(NarrativeSection.NEXT_PLAN)).startsWith("2020年,是全面建成小康社会")
                .endsWith("努力实现经济支撑农村美丽。");
    }

    @Test
    void paragraphs_cut_by_page_breaks_are_whole_again() {
        assertThat(seed.narratives().get(NarrativeSection.MAIN_WORK))
                .contains("《长春经济技术开发区秋季秸秆禁烧专项治理工作实施方案》");
        assertThat(seed.narratives().get(NarrativeSection.ACHIEVEMENTS)).contains("深入实施\"农村人居环境整治\"");
        assertThat(seed.narratives().get(NarrativeSection.NEXT_PLAN)).contains("加工贸易类项目落位")
                .contains("确保重要时间节点的社会和谐稳定。");
    }

    @Test
    void list_items_stay_list_items() {
        assertThat(seed.narratives().get(NarrativeSection.PROBLEMS).split("\n")).hasSize(3)
                .allMatch(p -> p.startsWith("- "));
    }

    private static String withoutWhitespace(String s) {
        return s.replaceAll("\\s+", "");
    }
}
