package ecopark.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import ecopark.UiTest;
import ecopark.base.ui.AccessDeniedView;
import ecopark.security.service.ApiTokenListItem;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The administrator's API tokens: issue one (shown once), find it in the list by its prefix, revoke it. */
class ApiTokenViewTest extends UiTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void the_administrator_issues_a_token_sees_it_once_and_the_list_shows_only_its_prefix() {
        login("admin");
        navigate("admin/api-tokens");
        _click(_get(Button.class, spec -> spec.withText("签发令牌")));
        ApiTokenIssueDialog dialog = _get(ApiTokenIssueDialog.class);

        _click(_get(dialog, Button.class, spec -> spec.withText("签发")));
        assertThat(dialog.name.getErrorMessage()).isEqualTo("请填写令牌用途");
        assertThat(dialog.account.getErrorMessage()).isEqualTo("请选择令牌代表的账户");

        String name = "统计数据同步 " + System.nanoTime() % 100_000;
        _setValue(dialog.name, name);
        _setValue(dialog.account, dialog.account.getListDataView().getItems()
                .filter(a -> a.username().equals("cc_staff")).findFirst().orElseThrow());
        assertThat(dialog.account.getItemLabelGenerator().apply(dialog.account.getValue()))
                .isEqualTo("王丽（cc_staff，园区工作人员）");
        _click(_get(dialog, Button.class, spec -> spec.withText("签发")));

        String token = _get(dialog, TextArea.class, spec -> spec.withClasses("api-token-secret")).getValue();
        assertThat(token).matches("ecp_[a-z2-7]{8}_[a-z2-7]{52}");
        assertThat(dialog.getElement().getTextRecursively()).contains("关闭本窗口后将无法再次查看");
        _get(dialog, Button.class, spec -> spec.withText("复制"));
        _click(_get(dialog, Button.class, spec -> spec.withText("已保存，关闭")));
        assertThat(_find(ApiTokenIssueDialog.class)).isEmpty();

        Grid<ApiTokenListItem> grid = grid();
        int row = row(name);
        List<String> cells = GridKt._getFormattedRow(grid, row);
        assertThat(String.join(" ", cells)).contains(name, "王丽（cc_staff，园区工作人员）", "从未使用", "长期有效")
                .doesNotContain(token.substring(13));
        assertThat(GridKt._get(grid, row).prefix()).isEqualTo(token.substring(0, 12));
        assertThat(jdbc.queryForObject("select count(*) from api_token where secret_hash like ?", Integer.class,
                "%" + token.substring(13) + "%")).isZero();
    }

    @Test
    void revoking_asks_first_and_then_marks_the_token_revoked() {
        login("admin");
        navigate("admin/api-tokens");
        String name = "待吊销 " + System.nanoTime() % 100_000;
        issue(name);

        _click((Button) GridKt._getCellComponent(grid(), row(name), "revoke"));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getText(confirm)).contains("立即无法调用接口", "cc_staff");
        ConfirmDialogKt._fireConfirm(confirm);

        ApiTokenListItem revoked = GridKt._get(grid(), row(name));
        assertThat(revoked.state()).isEqualTo(ApiTokenListItem.State.REVOKED);
        assertThat(revoked.revokedBy()).isEqualTo("admin");
        assertThat(GridKt._getFormattedRow(grid(), row(name))).doesNotContain("吊销");
    }

    @Test
    void the_screen_reads_in_english() {
        login("admin");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("admin/api-tokens");
        _click(_get(Button.class, spec -> spec.withText("Issue token")));
        ApiTokenIssueDialog dialog = _get(ApiTokenIssueDialog.class);
        assertThat(dialog.name.getLabel()).isEqualTo("Purpose");
        assertThat(dialog.account.getLabel()).isEqualTo("Acts as account");
        assertThat(dialog.validThrough.getLabel()).isEqualTo("Valid through");
        _click(_get(dialog, Button.class, spec -> spec.withText("Cancel")));
        assertThat(grid().getColumns()).extracting(c -> c.getHeaderText() == null ? "" : c.getHeaderText())
                .contains("Purpose", "Acts as account", "Token prefix", "Last used", "Valid through", "State");
    }

    @Test
    void a_manager_opening_the_api_tokens_gets_the_access_denied_page() {
        login("cc_manager");
        navigate("admin/api-tokens");
        _get(AccessDeniedView.class);
    }

    private void issue(String name) {
        _click(_get(Button.class, spec -> spec.withText("签发令牌")));
        ApiTokenIssueDialog dialog = _get(ApiTokenIssueDialog.class);
        _setValue(dialog.name, name);
        _setValue(dialog.account, dialog.account.getListDataView().getItems()
                .filter(a -> a.username().equals("cc_staff")).findFirst().orElseThrow());
        _click(_get(dialog, Button.class, spec -> spec.withText("签发")));
        _click(_get(dialog, Button.class, spec -> spec.withText("已保存，关闭")));
    }

    @SuppressWarnings("unchecked")
    private Grid<ApiTokenListItem> grid() {
        return _get(ApiTokenView.class).grid;
    }

    private int row(String name) {
        List<ApiTokenListItem> items = GridKt._findAll(grid());
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no token " + name);
    }
}
