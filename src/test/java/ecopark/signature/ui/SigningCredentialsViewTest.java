package ecopark.signature.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import ecopark.UiTest;
import ecopark.base.ui.AccessDeniedView;
import ecopark.signature.service.CertificateSummary;
import ecopark.signature.service.CredentialRow;
import ecopark.signature.service.TestKeystores;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The administrator's view of the signing certificates: each jurisdiction's, the upload and its refusals. */
class SigningCredentialsViewTest extends UiTest {

    static final String PROVINCE = "江苏省生态环境厅";

    @SuppressWarnings("unchecked")
    private Grid<CredentialRow> grid() {
        return _get(Grid.class);
    }

    private CredentialRow row(String name) {
        return GridKt._findAll(grid()).stream().filter(r -> r.jurisdictionName().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void each_jurisdiction_is_listed_with_its_certificate_and_the_demo_ones_are_test_certificates() {
        login("admin");
        navigate("admin/signing");

        CredentialRow jiangsu = row(PROVINCE);
        assertThat(jiangsu.certificate().testCertificate()).isTrue();
        assertThat(jiangsu.certificate().subject()).contains("CN=" + PROVINCE + "（测试证书，不具法律效力）");
        assertThat(GridKt._getFormattedRow(grid(), jiangsu)).contains(PROVINCE);
    }

    /**
     * Validity dates are Beijing dates: a certificate valid from 2027-03-30T17:00Z (01:00 on 31 March in Beijing) to
     * 2030-03-31T16:30Z (00:30 on 1 April) reads 2027-03-31 – 2030-04-01, not the UTC dates.
     */
    @Test
    void validity_dates_are_beijing_dates() {
        login("admin");
        navigate("admin/signing");
        CredentialRow jiangsu = row(PROVINCE);
        CertificateSummary c = jiangsu.certificate();
        CredentialRow nearMidnight = new CredentialRow(jiangsu.jurisdictionId(), PROVINCE, jiangsu.level(),
                new CertificateSummary(c.subject(), c.commonName(), c.organisation(), c.issuer(), c.serialNumber(),
                        c.fingerprint(), Instant.parse("2027-03-30T17:00:00Z"), Instant.parse("2030-03-31T16:30:00Z"),
                        true), jiangsu.installedAt(), jiangsu.installedBy(), 0);

        assertThat(_get(SigningCredentialsView.class).validity(nearMidnight)).isEqualTo("2027-03-31 – 2030-04-01");
        assertThat(grid().getColumnByKey("validity")).isNotNull();
    }

    @Test
    void a_wrong_password_is_said_at_the_password_and_a_file_that_is_no_keystore_at_the_file() {
        login("admin");
        navigate("admin/signing");
        SigningCredentialsView view = _get(SigningCredentialsView.class);
        String before = row(PROVINCE).certificate().fingerprint();
        TestKeystores.Keystore keystore = TestKeystores.issue(PROVINCE);

        CredentialUploadDialog dialog = view.open(row(PROVINCE));
        dialog.received("jiangsu.p12", keystore.bytes());
        dialog.setPassword("wrong-password");
        dialog.save();
        assertThat(dialog.passwordField().isInvalid()).isTrue();
        assertThat(dialog.passwordField().getErrorMessage()).isEqualTo("证书文件的密码不正确。");

        dialog.received("notes.txt", "not a keystore".getBytes(StandardCharsets.UTF_8));
        dialog.setPassword(keystore.password());
        dialog.save();
        assertThat(dialog.fileMessage()).isEqualTo("notes.txt：该文件不是 PKCS#12 证书文件（.p12 或 .pfx）。");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(row(PROVINCE).certificate().fingerprint()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void a_good_keystore_replaces_the_certificate() {
        login("admin");
        navigate("admin/signing");
        SigningCredentialsView view = _get(SigningCredentialsView.class);
        String before = row(PROVINCE).certificate().fingerprint();
        TestKeystores.Keystore keystore = TestKeystores.issue(PROVINCE);

        CredentialUploadDialog dialog = view.open(row(PROVINCE));
        dialog.received("jiangsu.p12", keystore.bytes());
        dialog.setPassword(keystore.password());
        dialog.save();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(row(PROVINCE).certificate().fingerprint()).isNotEqualTo(before);
        assertThat(row(PROVINCE).replacedCount()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void others_than_the_administrator_are_refused() {
        login("sz_manager");
        navigate("admin/signing");
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
    }
}
