package ecopark.park.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.SerializablePredicate;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.ui.component.TextLimits;
import ecopark.park.domain.Jurisdiction;
import ecopark.park.domain.Park;
import ecopark.park.domain.ParkLevel;
import ecopark.park.domain.ParkStatus;
import ecopark.park.domain.ParkType;
import ecopark.park.domain.Provinces;
import ecopark.park.domain.WaterRegion;
import ecopark.park.service.ParkAdminService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The park form of the administration, in a dialog: every field of the form's basic-information section plus the
 * evaluation settings. The same rules as the service, shown next to each field as the user types; a refusal by the
 * service lands next to its field too. Nothing typed is lost on a refusal: the dialog stays open with the input.
 */
class ParkForm extends Dialog {

    private final ParkAdminService service;
    private final Consumer<Park> onSaved;
    private final Binder<Park> binder = new Binder<>();
    private final Map<String, HasValidation> fieldsByErrorKey = new LinkedHashMap<>();
    private Park park;
    private List<Jurisdiction> bureaus = List.of();

    final TextField name = new TextField();
    final Select<Long> jurisdiction = new Select<>();
    final ComboBox<String> province = new ComboBox<>();
    final TextField city = new TextField();
    final TextField streetAddress = new TextField();
    final TextField postcode = new TextField();
    final RadioButtonGroup<ParkLevel> level = new RadioButtonGroup<>();
    final Select<ParkType> type = new Select<>();
    final TextField typeNote = new TextField();
    final TextField phone = new TextField();
    final TextField email = new TextField();
    final RadioButtonGroup<ParkStatus> status = new RadioButtonGroup<>();
    final IntegerField constructionBaseYear = new IntegerField();
    final Select<WaterRegion> waterRegion = new Select<>();
    final Button save = new Button();

    ParkForm(ParkAdminService service, Consumer<Park> onSaved) {
        this.service = service;
        this.onSaved = onSaved;
        addClassName("park-form");
        setWidth("min(60em, 95vw)");
        setCloseOnOutsideClick(false);
        setDraggable(true);

        layOutFields();
        bindFields();

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    /** Opens the form on a park: a new one, or one read from the service for editing. */
    void open(Park park) {
        this.park = park;
        setHeaderTitle(park.isNew() ? getTranslation("park.admin.newTitle")
                : getTranslation("park.admin.editTitle", park.getName()));
        bureaus = service.allJurisdictions();
        // A park belongs to a provincial or city bureau, never to the national office (the service refuses it too).
        Map<Long, String> bureauNames = bureaus.stream()
                .filter(j -> j.getLevel() != ecopark.park.domain.JurisdictionLevel.NATIONAL
                        || j.getId().equals(park.getJurisdictionId()))
                .collect(Collectors.toMap(Jurisdiction::getId, Jurisdiction::getName, (a, b) -> a, LinkedHashMap::new));
        jurisdiction.setItems(new ArrayList<>(bureauNames.keySet()));
        jurisdiction.setItemLabelGenerator(id -> bureauNames.getOrDefault(id, ""));
        List<String> provinces = new ArrayList<>(Provinces.ALL);
        if (park.getProvince() != null && !provinces.contains(park.getProvince())) {
            provinces.add(park.getProvince()); // an older entry stays selectable
        }
        province.setItems(provinces);
        binder.readBean(park);
        typeNote.setVisible(park.getType() == ParkType.OTHER);
        open();
        name.focus();
    }

    private void layOutFields() {
        name.setLabel(getTranslation("park.name"));
        // No maxlength anywhere here (a browser cuts a longer paste silently): validators say the limit.
        jurisdiction.setLabel(getTranslation("park.jurisdiction"));
        province.setLabel(getTranslation("park.province"));
        city.setLabel(getTranslation("park.city"));
        streetAddress.setLabel(getTranslation("park.streetAddress"));
        postcode.setLabel(getTranslation("park.postcode"));
        level.setLabel(getTranslation("park.level"));
        level.setItems(ParkLevel.values());
        level.setItemLabelGenerator(l -> getTranslation(l.labelKey()));
        type.setLabel(getTranslation("park.type"));
        type.setItems(ParkType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        typeNote.setLabel(getTranslation("park.typeNote"));
        phone.setLabel(getTranslation("park.phone"));
        phone.setHelperText(getTranslation("park.phone.helper"));
        email.setLabel(getTranslation("park.email"));
        status.setLabel(getTranslation("park.status"));
        status.setItems(ParkStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        constructionBaseYear.setLabel(getTranslation("park.constructionBaseYear"));
        constructionBaseYear.setHelperText(getTranslation("park.constructionBaseYear.helper"));
        constructionBaseYear.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(getTranslation("park.error.baseYearNumber")));
        waterRegion.setLabel(getTranslation("park.waterRegion"));
        waterRegion.setHelperText(getTranslation("park.waterRegion.helper"));
        waterRegion.setItems(WaterRegion.values());
        waterRegion.setItemLabelGenerator(r -> getTranslation(r.labelKey()));

        // A bureau usually sits in the park's province: offer it when none is chosen yet.
        jurisdiction.addValueChangeListener(e -> {
            if (e.isFromClient() && province.isEmpty() && e.getValue() != null) {
                bureaus.stream().filter(b -> b.getId().equals(e.getValue())).findFirst()
                        .filter(b -> Provinces.ALL.contains(b.getProvince()))
                        .ifPresent(b -> province.setValue(b.getProvince()));
            }
        });
        type.addValueChangeListener(e -> {
            typeNote.setVisible(e.getValue() == ParkType.OTHER);
            if (e.getValue() != ParkType.OTHER) {
                typeNote.clear();
            }
        });

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.add(section("park.admin.section.basic"), 2);
        form.add(name, 2);
        form.add(jurisdiction, status, level, type);
        form.add(typeNote, 2);
        form.add(section("park.admin.section.contact"), 2);
        form.add(province, city);
        form.add(streetAddress, 2);
        form.add(postcode, phone, email);
        form.add(section("park.admin.section.evaluation"), 2);
        form.add(constructionBaseYear, waterRegion);
        add(form);
    }

    private H4 section(String key) {
        H4 heading = new H4(getTranslation(key));
        heading.addClassName("form-section");
        return heading;
    }

    private void bindFields() {
        binder.forField(name).asRequired(getTranslation("park.error.nameRequired"))
                .withValidator(TextLimits.atMost(name, Park.NAME_MAX_LENGTH))
                .bind(Park::getName, Park::setName);
        binder.forField(jurisdiction).asRequired(getTranslation("park.error.jurisdictionRequired"))
                .bind(Park::getJurisdictionId, Park::setJurisdictionId);
        binder.forField(province).asRequired(getTranslation("park.error.provinceRequired"))
                .bind(Park::getProvince, Park::setProvince);
        binder.forField(city).asRequired(getTranslation("park.error.cityRequired"))
                .withValidator(TextLimits.atMost(city, Park.CITY_MAX_LENGTH))
                .bind(Park::getCity, Park::setCity);
        binder.forField(streetAddress).asRequired(getTranslation("park.error.addressRequired"))
                .withValidator(TextLimits.atMost(streetAddress, Park.ADDRESS_MAX_LENGTH))
                .bind(Park::getStreetAddress, Park::setStreetAddress);
        binder.forField(postcode).withNullRepresentation("")
                .withValidator(optional(Park.POSTCODE_PATTERN), getTranslation("park.error.postcode"))
                .bind(Park::getPostcode, Park::setPostcode);
        binder.forField(level).asRequired(getTranslation("park.error.levelRequired"))
                .bind(Park::getLevel, Park::setLevel);
        binder.forField(type).asRequired(getTranslation("park.error.typeRequired"))
                .bind(Park::getType, Park::setType);
        binder.forField(typeNote).withNullRepresentation("")
                .withValidator(TextLimits.atMost(typeNote, Park.TYPE_NOTE_MAX_LENGTH))
                .withValidator(note -> type.getValue() != ParkType.OTHER || (note != null && !note.isBlank()),
                        getTranslation("park.error.typeNoteRequired"))
                .bind(Park::getTypeNote, Park::setTypeNote);
        binder.forField(phone).withNullRepresentation("")
                .withValidator(TextLimits.atMost(phone, Park.PHONE_MAX_LENGTH))
                .withValidator(optional(Park.PHONE_PATTERN), getTranslation("park.error.phone"))
                .bind(Park::getPhone, Park::setPhone);
        binder.forField(email).withNullRepresentation("")
                .withValidator(TextLimits.atMost(email, Park.EMAIL_MAX_LENGTH))
                .withValidator(optional(Park.EMAIL_PATTERN), getTranslation("park.error.email"))
                .bind(Park::getEmail, Park::setEmail);
        binder.forField(status).asRequired(getTranslation("park.error.statusRequired"))
                .bind(Park::getStatus, Park::setStatus);
        int latest = service.latestBaseYear();
        binder.forField(constructionBaseYear)
                .asRequired(getTranslation("park.error.baseYear", String.valueOf(Park.MIN_BASE_YEAR),
                        String.valueOf(latest)))
                .withValidator(year -> year >= Park.MIN_BASE_YEAR && year <= latest,
                        getTranslation("park.error.baseYear", String.valueOf(Park.MIN_BASE_YEAR),
                                String.valueOf(latest)))
                .bind(p -> p.getConstructionBaseYear() == 0 ? null : p.getConstructionBaseYear(),
                        Park::setConstructionBaseYear);
        binder.forField(waterRegion).asRequired(getTranslation("park.error.waterRegionRequired"))
                .bind(Park::getWaterRegion, Park::setWaterRegion);

        errorsOf(name, "park.error.nameRequired", "park.error.nameTooLong", "park.error.nameTaken");
        errorsOf(jurisdiction, "park.error.jurisdictionRequired", "park.error.jurisdictionNational");
        errorsOf(province, "park.error.provinceRequired", "park.error.provinceTooLong");
        errorsOf(city, "park.error.cityRequired", "park.error.cityTooLong");
        errorsOf(streetAddress, "park.error.addressRequired", "park.error.addressTooLong");
        errorsOf(postcode, "park.error.postcode");
        errorsOf(level, "park.error.levelRequired");
        errorsOf(type, "park.error.typeRequired");
        errorsOf(typeNote, "park.error.typeNoteRequired", "park.error.typeNoteTooLong");
        errorsOf(phone, "park.error.phone");
        errorsOf(email, "park.error.email");
        errorsOf(status, "park.error.statusRequired");
        errorsOf(constructionBaseYear, "park.error.baseYear");
        errorsOf(waterRegion, "park.error.waterRegionRequired");
    }

    private void errorsOf(HasValidation field, String... keys) {
        for (String key : keys) {
            fieldsByErrorKey.put(key, field);
        }
    }

    private static SerializablePredicate<String> optional(Pattern pattern) {
        return value -> value == null || value.isBlank() || pattern.matcher(value.trim()).matches();
    }

    private void save() {
        if (!binder.writeBeanIfValid(park)) {
            return;
        }
        try {
            Park saved = service.save(park);
            close();
            onSaved.accept(saved);
        } catch (BusinessRuleException e) {
            String message = getTranslation(e.messageKey(), e.args());
            HasValidation field = fieldsByErrorKey.get(e.messageKey());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }
    }
}
