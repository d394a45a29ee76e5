package ecopark.park.domain;

import ecopark.base.domain.AbstractEntity;
import ecopark.base.domain.ContactFormats;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.regex.Pattern;

/**
 * A park with every field of the form's basic-information section (一、园区基本情况), plus what the evaluation
 * needs: the base year of its construction plan and its region class for indicator 16.
 */
@Entity
@Table(name = "park")
public class Park extends AbstractEntity {

    public static final int NAME_MAX_LENGTH = 200;
    public static final int PROVINCE_MAX_LENGTH = 30;
    public static final int CITY_MAX_LENGTH = 50;
    public static final int ADDRESS_MAX_LENGTH = 300;
    public static final int TYPE_NOTE_MAX_LENGTH = 100;
    public static final int PHONE_MAX_LENGTH = 30;
    public static final int EMAIL_MAX_LENGTH = 100;
    public static final int POSTCODE_LENGTH = 6;
    /** Plans of the national programme start no earlier; the latest plausible base year is the current one. */
    public static final int MIN_BASE_YEAR = 1990;

    /** A landline with area code (0431-84630074, extension optional) or an 11-digit mobile number. */
    public static final Pattern PHONE_PATTERN = ContactFormats.PHONE;
    /** Chinese postcodes have six digits. */
    public static final Pattern POSTCODE_PATTERN = ContactFormats.POSTCODE;
    public static final Pattern EMAIL_PATTERN = ContactFormats.EMAIL;

    @Column(nullable = false, unique = true, length = NAME_MAX_LENGTH)
    private String name;

    @Column(name = "jurisdiction_id", nullable = false)
    private Long jurisdictionId;

    @Column(nullable = false, length = PROVINCE_MAX_LENGTH)
    private String province;

    @Column(nullable = false, length = CITY_MAX_LENGTH)
    private String city;

    @Column(name = "street_address", nullable = false, length = ADDRESS_MAX_LENGTH)
    private String streetAddress;

    @Column(length = POSTCODE_LENGTH)
    private String postcode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ParkLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "park_type", nullable = false, length = 50)
    private ParkType type;

    @Column(name = "type_note", length = TYPE_NOTE_MAX_LENGTH)
    private String typeNote;

    @Column(length = PHONE_MAX_LENGTH)
    private String phone;

    @Column(length = EMAIL_MAX_LENGTH)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ParkStatus status;

    @Column(name = "construction_base_year", nullable = false)
    private int constructionBaseYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "water_region", nullable = false, length = 30)
    private WaterRegion waterRegion;

    protected Park() {
    }

    public Park(String name, Long jurisdictionId) {
        this.name = name;
        this.jurisdictionId = jurisdictionId;
        this.level = ParkLevel.NATIONAL;
        this.type = ParkType.ECONOMIC_TECHNOLOGICAL_DEVELOPMENT_ZONE;
        this.status = ParkStatus.IN_CREATION;
        this.waterRegion = WaterRegion.OTHER;
    }

    /** The postal address as the form prints it: province, city and street, then the postcode. */
    public String postalAddress() {
        return (province == null ? "" : province) + (city == null ? "" : city) + (streetAddress == null ? "" : streetAddress);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getJurisdictionId() {
        return jurisdictionId;
    }

    public void setJurisdictionId(Long jurisdictionId) {
        this.jurisdictionId = jurisdictionId;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getStreetAddress() {
        return streetAddress;
    }

    public void setStreetAddress(String streetAddress) {
        this.streetAddress = streetAddress;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public ParkLevel getLevel() {
        return level;
    }

    public void setLevel(ParkLevel level) {
        this.level = level;
    }

    public ParkType getType() {
        return type;
    }

    public void setType(ParkType type) {
        this.type = type;
    }

    public String getTypeNote() {
        return typeNote;
    }

    public void setTypeNote(String typeNote) {
        this.typeNote = typeNote;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public ParkStatus getStatus() {
        return status;
    }

    public void setStatus(ParkStatus status) {
        this.status = status;
    }

    public int getConstructionBaseYear() {
        return constructionBaseYear;
    }

    public void setConstructionBaseYear(int constructionBaseYear) {
        this.constructionBaseYear = constructionBaseYear;
    }

    public WaterRegion getWaterRegion() {
        return waterRegion;
    }

    public void setWaterRegion(WaterRegion waterRegion) {
        this.waterRegion = waterRegion;
    }
}
