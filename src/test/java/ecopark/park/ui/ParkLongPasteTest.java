package ecopark.park.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import ecopark.LongPaste;
import ecopark.UiTest;
import ecopark.park.domain.Jurisdiction;
import ecopark.park.domain.JurisdictionRepository;
import ecopark.park.domain.Park;
import ecopark.park.domain.ParkRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A paste longer than a park's or a bureau's field allows stays in the field, is refused there, and nothing is saved. */
class ParkLongPasteTest extends UiTest {

    @Autowired ParkRepository parks;
    @Autowired JurisdictionRepository jurisdictions;

    @Test
    void a_long_park_name_and_address_stay_in_the_form_with_the_limit_and_nothing_is_saved() {
        long before = parks.count();
        login("admin");
        navigate("admin/parks");
        _click(_get(Button.class, spec -> spec.withText("新建园区")));

        String name = LongPaste.over(Park.NAME_MAX_LENGTH);
        String address = LongPaste.over(Park.ADDRESS_MAX_LENGTH);
        _setValue(field("园区名称"), name);
        _setValue(field("详细地址"), address);
        _click(_get(Button.class, spec -> spec.withText("保存")));

        LongPaste.assertKeptAndRefused(field("园区名称"), name, Park.NAME_MAX_LENGTH);
        LongPaste.assertKeptAndRefused(field("详细地址"), address, Park.ADDRESS_MAX_LENGTH);
        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(parks.count()).isEqualTo(before);
    }

    @Test
    void a_long_bureau_name_stays_in_the_dialog_with_the_limit_and_nothing_is_saved() {
        long before = jurisdictions.count();
        login("admin");
        navigate("admin/jurisdictions");
        _click(_get(Button.class, spec -> spec.withText("新建主管部门")));

        String name = LongPaste.over(Jurisdiction.NAME_MAX_LENGTH);
        _setValue(field("主管部门名称"), name);
        _click(_get(Button.class, spec -> spec.withText("保存")));

        LongPaste.assertKeptAndRefused(field("主管部门名称"), name, Jurisdiction.NAME_MAX_LENGTH);
        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(jurisdictions.count()).isEqualTo(before);
    }

    private static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }
}
