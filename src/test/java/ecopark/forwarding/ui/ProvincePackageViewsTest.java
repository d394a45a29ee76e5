package ecopark.forwarding.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import ecopark.ActingUsers;
import ecopark.HierarchyFixtures;
import ecopark.UiTest;
import ecopark.forwarding.service.PackagePreview;
import ecopark.forwarding.service.PackageRecord;
import ecopark.forwarding.service.PackageRequest;
import ecopark.forwarding.service.ProvincePackages;
import ecopark.forwarding.service.ProvinceReceipt;
import ecopark.forwarding.service.ReceiptStatus;
import ecopark.notice.NoticeFixtures;
import ecopark.notice.service.AnnualNotices;
import ecopark.notice.service.NoticeDraft;
import ecopark.security.SystemActor;
import ecopark.signature.service.SigningCredentials;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The package pages: Jilin's manager fills the reasons and the letter, sends and sees the status and downloads; the
 * national office returns a package with a comment and the province reads it. Report years 4511–4519.
 */
class ProvincePackageViewsTest extends UiTest {

    @Autowired HierarchyFixtures hierarchy;
    @Autowired NoticeFixtures noticeFixtures;
    @Autowired AnnualNotices notices;
    @Autowired SigningCredentials credentials;
    @Autowired ProvincePackages packages;
    @Autowired ActingUsers acting;

    private HierarchyFixtures.Tree tree;

    @BeforeEach
    void setUp() {
        tree = hierarchy.tree();
        SystemActor.call(credentials::giveTestCertificatesToProvinces);
    }

    private void issue(int year) {
        SystemActor.callAs(noticeFixtures.nationalManager(), () -> notices.save(new NoticeDraft(null, 0, year,
                "科财函〔" + (year + 1) + "〕" + (year % 100) + "号（测试）", "关于开展" + year + "年度评价工作的通知（测试）",
                LocalDate.of(year + 1, 3, 1), LocalDate.of(year + 1, 5, 31), LocalDate.of(year + 1, 6, 30),
                List.of(), List.of())));
    }

    @Test
    void the_province_gives_reasons_fills_the_letter_sends_and_sees_status_and_downloads() {
        issue(4511);
        login(HierarchyFixtures.PROVINCE_MANAGER);
        navigate("forwarding");
        ProvincePackageView view = _get(ProvincePackageView.class);
        _setValue(view.year, 4511);
        assertThat(view.reasons).isNotEmpty();
        assertThat(view.reasons.values()).allSatisfy(f -> assertThat(f.getValue()).isNotBlank());

        TextField first = view.reasons.values().iterator().next();
        _setValue(first, "");
        _setValue(view.letterNumber, "吉环函〔4512〕8号");
        _setValue(view.contactName, "王敏");
        _setValue(view.contactPhone, "0431-88888888");
        _click(view.send);

        // Refused at the field, in Chinese, before anything is confirmed; nothing sent
        assertThat(view.confirm).isNull();
        assertThat(first.isInvalid()).isTrue();
        assertThat(first.getErrorMessage()).startsWith("请填写").endsWith("未报送的原因");
        assertThat(acting.as(HierarchyFixtures.PROVINCE_MANAGER, () -> packages.history(tree.province(), 4511)))
                .isEmpty();

        _setValue(first, "园区已撤销，不再参加评价");
        _click(view.send);
        assertThat(first.isInvalid()).isFalse();
        assertThat(view.confirm.isOpened()).isTrue();
        view.sendNow();

        PackageRecord sent = acting.as(HierarchyFixtures.PROVINCE_MANAGER,
                () -> packages.history(tree.province(), 4511)).get(0);
        assertThat(sent.missing()).extracting(PackageRecord.Missing::reason).contains("园区已撤销，不再参加评价");
        Div status = _get(Div.class, spec -> spec.withId("package-status"));
        assertThat(status.getElement().getTextRecursively()).contains("已报送", "吉环函〔4512〕8号");
        assertThat(_find(Anchor.class, spec -> spec.withId("package-pdf-" + sent.id()))).isNotEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withId("package-xlsx-" + sent.id()))).isNotEmpty();
        assertThat(_get(Anchor.class, spec -> spec.withId("package-verify-" + sent.id())).getHref())
                .isEqualTo("/public/signatures/verify");
        assertThat(_find(Button.class, spec -> spec.withId("package-send"))).isEmpty();
    }

    @Test
    void the_national_office_returns_a_package_with_a_comment_and_the_province_reads_it() {
        issue(4512);
        acting.as(HierarchyFixtures.PROVINCE_MANAGER, () -> {
            PackagePreview preview = packages.preview(tree.province(), 4512);
            Map<Long, String> reasons = new HashMap<>();
            preview.missing().forEach(m -> reasons.put(m.parkId(), m.suggestedReason()));
            return packages.send(tree.province(), new PackageRequest(4512, "吉环函〔4513〕2号", "王敏",
                    "0431-88888888", null, reasons));
        });

        login(HierarchyFixtures.NATIONAL_MANAGER);
        navigate("forwarding");
        ReceivedPackagesView view = _get(ReceivedPackagesView.class);
        _setValue(view.year, 4512);
        ProvinceReceipt received = GridKt._findAll(view.panel.grid).stream()
                .filter(r -> r.provinceId() == tree.province()).findFirst().orElseThrow();
        assertThat(received.status()).isEqualTo(ReceiptStatus.RECEIVED);

        // The row's 退回 button opens this (the grid renders its component cells lazily, out of Karibu's reach)
        view.panel.openReturn(received);
        _click(view.panel.confirmReturn);
        assertThat(view.panel.comment.isInvalid()).isTrue();
        assertThat(view.panel.comment.getErrorMessage()).isEqualTo("请填写退回意见");

        _setValue(view.panel.comment, "请补充未报送园区的说明材料");
        _click(view.panel.confirmReturn);
        assertThat(view.panel.dialog.isOpened()).isFalse();
        ProvinceReceipt row = GridKt._findAll(view.panel.grid).stream().filter(r -> r.provinceId() == tree.province())
                .findFirst().orElseThrow();
        assertThat(row.status()).isEqualTo(ReceiptStatus.RETURNED);

        login(HierarchyFixtures.PROVINCE_MANAGER);
        navigate("forwarding");
        ProvincePackageView province = _get(ProvincePackageView.class);
        _setValue(province.year, 4512);
        assertThat(_get(Div.class, spec -> spec.withId("package-returned")).getElement().getTextRecursively())
                .contains("请补充未报送园区的说明材料", "第 1 版");
        assertThat(_find(Button.class, spec -> spec.withId("package-send"))).isNotEmpty();
        // Version 2 needs a new letter number, but the contact is offered again.
        assertThat(province.letterNumber.getValue()).isEmpty();
        assertThat(province.contactName.getValue()).isEqualTo("王敏");
        assertThat(province.contactPhone.getValue()).isEqualTo("0431-88888888");
    }
}
