package ecopark.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.html.Paragraph;
import ecopark.UiTest;
import ecopark.park.domain.Jurisdiction;
import ecopark.park.domain.JurisdictionLevel;
import ecopark.park.service.ParkAdminService;
import ecopark.review.domain.ReviewRouteRepository;
import ecopark.review.service.ProvinceRoute;
import ecopark.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The administrators' route view: a province of its own, its city pre-review switched on, a refusal at the field. */
class ReviewRoutesViewTest extends UiTest {

    @Autowired ParkAdminService parkAdmin;
    @Autowired ReviewRouteRepository routes;

    private long province(String name) {
        return SystemActor.call(() -> {
            Jurisdiction p = parkAdmin.save(new Jurisdiction(name, "吉林省", JurisdictionLevel.PROVINCIAL, null));
            parkAdmin.save(new Jurisdiction(name + "市局", "吉林省", JurisdictionLevel.CITY, p.getId()));
            return p.getId();
        });
    }

    private ReviewRoutesView open(long province) {
        login("admin");
        navigate("admin/review-routes");
        ReviewRoutesView view = _get(ReviewRoutesView.class);
        ProvinceRoute row = view.provinces.getListDataView().getItems().filter(r -> r.provinceId() == province)
                .findFirst().orElseThrow();
        view.provinces.select(row);
        return view;
    }

    @Test
    void the_administrator_switches_on_the_city_pre_review_and_is_told_it_applies_to_the_next_submissions() {
        long province = province("视图测试省生态环境厅" + System.nanoTime() % 100_000);
        ReviewRoutesView view = open(province);
        assertThat(_get(Paragraph.class, spec -> spec.withId("route-applies-to-next")).getText())
                .contains("此后提交");
        assertThat(view.cities.getText()).contains("市局");

        _setValue(view.cityPreReview, true);
        _setValue(view.preReviewDays, 4);
        view.save();

        NotificationsKt.expectNotifications("已保存" + view.provinces.getSelectedItems().iterator().next()
                .provinceName() + "的审核路线，适用于此后提交的报告；审核中的报告不受影响。");
        assertThat(routes.findByProvinceId(province)).hasValueSatisfying(r -> {
            assertThat(r.isCityPreReview()).isTrue();
            assertThat(r.getPreReviewDays()).isEqualTo(4);
        });
    }

    @Test
    void due_days_out_of_range_are_refused_next_to_the_field_and_nothing_is_saved() {
        long province = province("视图测试省生态环境厅" + System.nanoTime() % 100_000);
        ReviewRoutesView view = open(province);

        _setValue(view.finalDays, 0);
        view.save();

        assertThat(view.finalDays.isInvalid()).isTrue();
        assertThat(view.finalDays.getErrorMessage()).isEqualTo("复核到期须为 1–60 个工作日之间的整数");
        assertThat(routes.findByProvinceId(province)).isEmpty();
    }
}
