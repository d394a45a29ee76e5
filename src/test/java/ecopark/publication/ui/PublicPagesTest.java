package ecopark.publication.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNav;
import ecopark.UiTest;
import ecopark.publication.PublicationFixtures;
import ecopark.publication.domain.NamedId;
import ecopark.publication.domain.Publication;
import ecopark.publication.domain.PublicationListing;
import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.NarrativeSection;
import ecopark.report.service.ReportDraft;
import ecopark.report.service.ReportService;
import ecopark.report.service.ReportWorkflow;
import ecopark.report.ui.ReportEditorView;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The public pages as an anonymous visitor sees them: the list with its filters, one form, not-found, the frame. */
class PublicPagesTest extends UiTest {

    @Autowired PublicationFixtures fixtures;
    @Autowired ReportService reports;
    @Autowired ReportWorkflow workflow;

    @SuppressWarnings("unchecked")
    private static Grid<PublicationListing> grid() {
        return _get(Grid.class, spec -> spec.withId("public-forms"));
    }

    private static List<PublicationListing> rows(Grid<PublicationListing> grid) {
        int size = GridKt._size(grid);
        return size == 0 ? List.of() : GridKt._fetch(grid, 0, size);
    }

    private static String pageText() {
        return _get(PublicLayout.class).getElement().getTextRecursively();
    }

    @Test
    void an_anonymous_visitor_lists_the_published_forms_without_signing_in() {
        Publication publication = fixtures.currentPublicationOf(fixtures.publishedReport());

        navigate("public/forms");

        _get(PublicFormListView.class);
        assertThat(_find(LoginForm.class)).isEmpty();
        assertThat(_find(SideNav.class)).as("no application navigation").isEmpty();
        assertThat(rows(grid())).extracting(PublicationListing::id).contains(publication.getId());
        assertThat(_get(Anchor.class, spec -> spec.withText("工作人员登录")).getHref()).isEqualTo("login");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_filters_narrow_the_list_by_year_and_park_status() {
        Publication publication = fixtures.currentPublicationOf(fixtures.publishedReport());
        navigate("public/forms");

        ComboBox<Integer> year = _get(ComboBox.class, spec -> spec.withId("filter-year"));
        year.setValue(publication.getYear());
        assertThat(rows(grid())).extracting(PublicationListing::id).containsExactly(publication.getId());

        ComboBox<ecopark.park.domain.ParkStatus> status = _get(ComboBox.class, spec -> spec.withId("filter-status"));
        status.setValue(ecopark.park.domain.ParkStatus.NAMED);
        assertThat(rows(grid())).isEmpty();
        status.setValue(ecopark.park.domain.ParkStatus.IN_CREATION);
        assertThat(rows(grid())).hasSize(1);

        ComboBox<NamedId> park = _get(ComboBox.class, spec -> spec.withId("filter-park"));
        assertThat(park.getListDataView().getItems().map(NamedId::name)).contains("长春经济技术开发区");
        ComboBox<String> province = _get(ComboBox.class, spec -> spec.withId("filter-province"));
        province.setValue("吉林省");
        assertThat(rows(grid())).hasSize(1);
    }

    @Test
    void a_published_form_reads_as_the_official_form_with_downloads_and_the_years() {
        long report = fixtures.publishedReport();
        Publication publication = fixtures.currentPublicationOf(report);

        navigate("public/forms/" + publication.getId());

        _get(PublicFormView.class);
        String text = pageText();
        assertThat(text).contains("国家生态工业示范园区建设年度评价报告信息公开表(" + publication.getYear() + ")")
                .contains("一、园区基本情况", "长春经济技术开发区", "国家级■", "经济技术开发区■",
                        "国家生态工业示范园区创建中■", "0431-84630074", "二、国家生态工业示范园区建设进展(当年)",
                        publication.getYear() + " 年INTRODUCTION。", "三、国家生态工业示范园区标准达标情况",
                        "人均工业增加值", "生态工业主题宣传活动");
        NativeTable indicators = _get(NativeTable.class, spec -> spec.withId("indicator-table"));
        assertThat(indicators.getBody().getRows()).hasSize(32);
        NativeTableRow second = indicators.getBody().getRows().get(1);
        assertThat(second.getElement().getTextRecursively()).contains("2", "人均工业增加值", "万元/人", "≥15", "是");
        assertThat(_get(Anchor.class, spec -> spec.withId("download-pdf")).getHref())
                .isEqualTo("api/public/forms/" + publication.getId() + "/pdf");
        assertThat(_get(Anchor.class, spec -> spec.withId("download-docx")).getHref())
                .isEqualTo("api/public/forms/" + publication.getId() + "/docx");
        NativeTable years = _get(NativeTable.class, spec -> spec.withId("year-over-year"));
        assertThat(years.getHead().getRows().get(0).getElement().getTextRecursively())
                .contains(String.valueOf(publication.getYear()));
        assertThat(years.getBody().getRows()).hasSize(32);
    }

    @Test
    void the_english_form_puts_an_english_colon_after_its_labels() {
        long report = fixtures.publishedReport();
        Publication publication = fixtures.currentPublicationOf(report);
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);

        navigate("public/forms/" + publication.getId());

        assertThat(pageText()).contains("Other□: (state the type)").doesNotContain("：(state the type)");
        assertThat(_find(com.vaadin.flow.component.html.H3.class)).extracting(h -> h.getText())
                .filteredOn(h -> h.endsWith(":") || h.endsWith("："))
                .isNotEmpty().allSatisfy(h -> assertThat(h).endsWith(":"));
    }

    @Test
    void a_superseded_form_says_so_and_links_to_the_correction() {
        long report = fixtures.publishedReport();
        Publication original = fixtures.currentPublicationOf(report);
        fixtures.as("cc_staff", () -> {
            workflow.startCorrection(report);
            AnnualReport draft = reports.get(report);
            Map<NarrativeSection, String> texts = new EnumMap<>(NarrativeSection.class);
            texts.put(NarrativeSection.NEXT_PLAN, "更正后的下一阶段工作计划。");
            return reports.saveDraft(report, ReportDraft.of(draft).withNarratives(texts));
        });
        fixtures.submitAndApprove(report);
        Publication correction = fixtures.currentPublicationOf(report);

        navigate("public/forms/" + original.getId());

        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("superseded-notice"))
                .getElement().getTextRecursively()).contains("已被园区发布的更正版本取代");
        assertThat(pageText()).doesNotContain("更正后的下一阶段工作计划");
        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withId("form-versions"))
                .getElement().getTextRecursively()).contains("第 1 版", "第 2 版", "已被取代");

        navigate("public/forms/" + correction.getId());
        assertThat(pageText()).contains("更正后的下一阶段工作计划").doesNotContain("已被园区发布的更正版本取代");
    }

    @Test
    void an_id_that_is_no_published_form_is_not_found() {
        navigate("public/forms/987654321");

        _get(PublicFormNotFound.class);
        assertThat(pageText()).contains("未找到此公开表");
    }

    @Test
    void the_login_page_links_to_the_public_forms() {
        navigate("login");

        assertThat(_get(Anchor.class, spec -> spec.withId("public-forms-link")).getHref()).isEqualTo("public/forms");
    }

    @Test
    void staff_start_a_correction_from_the_published_report_and_find_its_documents() {
        long report = fixtures.publishedReport();
        Publication publication = fixtures.currentPublicationOf(report);
        login("cc_staff");
        UI.getCurrent().navigate(ReportEditorView.class, report);

        assertThat(_get(Anchor.class, spec -> spec.withId("public-page")).getHref())
                .isEqualTo("public/forms/" + publication.getId());
        // A published form is the record itself, not a draft: no draft PDF until a correction starts.
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Anchor.class, spec -> spec.withId("draft-pdf")))
                .isEmpty();
        com.github.mvysny.kaributesting.v10.ButtonKt._click(
                _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("start-correction")));
        com.vaadin.flow.component.confirmdialog.ConfirmDialog confirm =
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);

        assertThat(fixtures.as("cc_staff", () -> reports.get(report).getStatus()))
                .isEqualTo(ecopark.report.domain.ReportStatus.DRAFT);
        assertThat(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("park-name"))
                .isReadOnly()).isFalse();
        assertThat(_get(Anchor.class, spec -> spec.withId("draft-pdf")).getHref())
                .isEqualTo("documents/reports/" + report + "/draft.pdf");
    }

    @Test
    void signed_in_users_find_the_public_forms_in_the_navigation() {
        login("cc_reviewer1");
        navigate("");

        assertThat(_find(com.vaadin.flow.component.sidenav.SideNavItem.class)).extracting(
                com.vaadin.flow.component.sidenav.SideNavItem::getLabel).contains("信息公开");
    }
}
