package ecopark.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import ecopark.UiTest;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NotFoundViewTest extends UiTest {

    private static final List<String> NOWHERE = List.of("report/999999", "report/abc", "report/999999/compare",
            "report/abc/compare", "rectification/99999", "rectification/abc", "evaluation/9999", "evaluation/abc",
            "review", "no/such/page");

    /**
     * Through the router, as a browser's request for the address does: Karibu's {@code UI.navigate} refuses a path
     * no route matches before the router could show its error view.
     */
    private static void open(String path) {
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location(path), NavigationTrigger.PAGE_LOAD);
    }

    @Test
    void every_unknown_id_or_address_opens_the_one_not_found_page_inside_the_layout() {
        login("cc_staff");

        for (String path : NOWHERE) {
            open(path);

            assertThat(UI.getCurrent().getCurrentView()).as(path).isInstanceOf(NotFoundView.class);
            assertThat(_get(H2.class).getText()).as(path).isEqualTo("未找到您要打开的内容");
            assertThat(_get(Paragraph.class, spec -> spec.withId("not-found-text")).getText()).as(path)
                    .isEqualTo("地址“/" + path + "”对应的内容不存在，可能已被删除，或地址有误。");
            _get(MainLayout.class);
            _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("not-found-home"));
        }
    }

    @Test
    void the_not_found_page_speaks_english_to_english_users_and_formats_no_id_as_a_number() {
        login("cc_reviewer1");
        UI.getCurrent().setLocale(Locale.ENGLISH);

        open("evaluation/9999");

        assertThat(_get(H2.class).getText()).isEqualTo("What you wanted to open was not found");
        assertThat(_get(Paragraph.class, spec -> spec.withId("not-found-text")).getText())
                .isEqualTo("Nothing exists at \"/evaluation/9999\": it may have been deleted, or the address is wrong.");
    }

    @Test
    void a_copy_that_was_not_sent_to_the_reviewer_is_not_found_either() {
        login("cc_reviewer1");

        open("review/copy/999999");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void a_review_task_that_is_gone_leads_back_to_the_inbox_saying_it_was_handled() {
        login("cc_reviewer1");

        open("review/no-such-task");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ecopark.review.ui.InboxView.class);
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications()).anySatisfy(
                n -> assertThat(n.getElement().getProperty("text")).contains("此任务已处理完毕"));
    }
}
