package ecopark.demo;

import ecopark.park.domain.Jurisdiction;
import ecopark.park.domain.JurisdictionLevel;
import ecopark.park.domain.Park;
import ecopark.park.domain.ParkLevel;
import ecopark.park.domain.ParkStatus;
import ecopark.park.domain.ParkType;
import ecopark.park.domain.WaterRegion;
import ecopark.park.service.ParkAdminService;
import ecopark.security.AppRole;
import ecopark.report.domain.AnnualReport;
import ecopark.report.service.ReportDraft;
import ecopark.report.service.ReportService;
import ecopark.review.service.ReviewRouteService;
import ecopark.security.SignedInUser;
import ecopark.security.SystemActor;
import ecopark.security.service.UserAdminService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Loads the demo organisation on the first start of the default profile (an empty database). Changchun ETDZ is
 * entered exactly as the basic-information section of the 2019 seed form reads.
 */
@Component
@ConditionalOnProperty(name = "ecopark.demo-data", havingValue = "true")
class DemoData {

    /** The one password of every demo account; README lists the accounts. */
    static final String PASSWORD = "Ecopark#2026";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final ParkAdminService parks;
    private final UserAdminService users;
    private final UserDetailsService accounts;
    private final ReportService reports;
    private final ReviewRouteService routes;
    /**
     * Whether Jilin's route (with the city's 预审) is saved. Off in tests: without a route of its own a province's
     * parks are reviewed by their own bureau as before, so the tests' Changchun reports keep 长春市生态环境局's 初审
     * and 复核; the route's own tests build provinces of their own.
     */
    private final boolean provinceRoutes;

    DemoData(ParkAdminService parks, UserAdminService users, UserDetailsService accounts, ReportService reports,
            ReviewRouteService routes, @Value("${ecopark.demo.province-routes:true}") boolean provinceRoutes) {
        this.routes = routes;
        this.provinceRoutes = provinceRoutes;
        this.parks = parks;
        this.users = users;
        this.accounts = accounts;
        this.reports = reports;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    public void loadOnFirstStart() {
        SystemActor.run(() -> {
            if (parks.hasAnyPark()) {
                return;
            }
            load();
            loadChangchunReport2019();
            log.info("Demo data loaded: 3 parks under 5 jurisdictions, the Changchun 2019 report, demo accounts with "
                    + "password {}", PASSWORD);
        });
    }

    /**
     * The submission route of issue 16: the national office; 吉林省生态环境厅 with 长春市生态环境局 under it, which
     * pre-reviews Changchun (Jilin's route has the city stage); 天津市生态环境局 at provincial level (a municipality);
     * 江苏省生态环境厅 with the Suzhou park.
     */
    private void load() {
        Jurisdiction nation = parks.save(new Jurisdiction("生态环境部科技与财务司", "北京市", JurisdictionLevel.NATIONAL,
                null));
        Jurisdiction jilin = parks.save(new Jurisdiction("吉林省生态环境厅", "吉林省", JurisdictionLevel.PROVINCIAL,
                nation.getId()));
        Jurisdiction changchunBureau = parks.save(new Jurisdiction("长春市生态环境局", "吉林省", JurisdictionLevel.CITY,
                jilin.getId()));
        Jurisdiction tianjinBureau = parks.save(new Jurisdiction("天津市生态环境局", "天津市",
                JurisdictionLevel.PROVINCIAL, nation.getId()));
        Jurisdiction jiangsuBureau = parks.save(new Jurisdiction("江苏省生态环境厅", "江苏省",
                JurisdictionLevel.PROVINCIAL, nation.getId()));
        if (provinceRoutes) {
            // Jilin's route: 长春市生态环境局 pre-reviews, then 吉林省生态环境厅's 初审 and 复核.
            routes.save(jilin.getId(), null, true, 5, 10, 5);
        }

        Park changchun = new Park("长春经济技术开发区", changchunBureau.getId());
        changchun.setProvince("吉林省");
        changchun.setCity("长春市");
        changchun.setStreetAddress("经开区吉林大路 6188 号(长春经济技术开发区管理委员会)");
        changchun.setPostcode("130033");
        changchun.setLevel(ParkLevel.NATIONAL);
        changchun.setType(ParkType.ECONOMIC_TECHNOLOGICAL_DEVELOPMENT_ZONE);
        changchun.setPhone("0431-84630074");
        changchun.setEmail("652007137@qq.com");
        changchun.setStatus(ParkStatus.IN_CREATION);
        changchun.setConstructionBaseYear(2016);
        changchun.setWaterRegion(WaterRegion.WATER_SCARCE_CITY);
        changchun = parks.save(changchun);

        Park tianjin = new Park("天津经济技术开发区", tianjinBureau.getId());
        tianjin.setProvince("天津市");
        tianjin.setCity("天津市");
        tianjin.setStreetAddress("滨海新区第三大街 19 号(天津经济技术开发区管理委员会)");
        tianjin.setPostcode("300457");
        tianjin.setLevel(ParkLevel.NATIONAL);
        tianjin.setType(ParkType.ECONOMIC_TECHNOLOGICAL_DEVELOPMENT_ZONE);
        tianjin.setPhone("022-25201234");
        tianjin.setEmail("stgy@teda.gov.cn");
        tianjin.setStatus(ParkStatus.NAMED);
        tianjin.setConstructionBaseYear(2008);
        tianjin.setWaterRegion(WaterRegion.BEIJING_TIANJIN_HEBEI);
        tianjin = parks.save(tianjin);

        Park suzhou = new Park("苏州高新技术产业开发区", jiangsuBureau.getId());
        suzhou.setProvince("江苏省");
        suzhou.setCity("苏州市");
        suzhou.setStreetAddress("虎丘区狮山路 28 号(苏州高新区管理委员会)");
        suzhou.setPostcode("215011");
        suzhou.setLevel(ParkLevel.NATIONAL);
        suzhou.setType(ParkType.HIGH_TECH_INDUSTRIAL_DEVELOPMENT_ZONE);
        suzhou.setPhone("0512-68751234");
        suzhou.setEmail("hjbh@snd.gov.cn");
        suzhou.setStatus(ParkStatus.NAMED);
        suzhou.setConstructionBaseYear(2011);
        suzhou.setWaterRegion(WaterRegion.OTHER);
        suzhou = parks.save(suzhou);

        users.create("admin", "系统管理员", AppRole.ADMIN, null, null, PASSWORD);
        users.create("cc_staff", "王丽", AppRole.STAFF, changchun.getId(), null, PASSWORD);
        users.create("cc_reviewer1", "李明", AppRole.REVIEWER, null, changchunBureau.getId(), PASSWORD);
        users.create("cc_reviewer2", "赵静", AppRole.REVIEWER, null, changchunBureau.getId(), PASSWORD);
        users.create("cc_manager", "陈刚", AppRole.MANAGER, null, changchunBureau.getId(), PASSWORD);
        users.create("tj_staff", "刘洋", AppRole.STAFF, tianjin.getId(), null, PASSWORD);
        users.create("tj_reviewer", "孙伟", AppRole.REVIEWER, null, tianjinBureau.getId(), PASSWORD);
        users.create("sz_staff", "周敏", AppRole.STAFF, suzhou.getId(), null, PASSWORD);
        users.create("sz_manager", "吴军", AppRole.MANAGER, null, jiangsuBureau.getId(), PASSWORD);
        users.create("nat_manager", "黄涛", AppRole.MANAGER, null, nation.getId(), PASSWORD);
        users.create("jl_reviewer1", "何平", AppRole.REVIEWER, null, jilin.getId(), PASSWORD);
        users.create("jl_reviewer2", "郭芳", AppRole.REVIEWER, null, jilin.getId(), PASSWORD);
        users.create("jl_manager", "马骏", AppRole.MANAGER, null, jilin.getId(), PASSWORD);
        users.create("tj_reviewer2", "冯磊", AppRole.REVIEWER, null, tianjinBureau.getId(), PASSWORD);
        users.create("js_reviewer1", "许婷", AppRole.REVIEWER, null, jiangsuBureau.getId(), PASSWORD);
        users.create("js_reviewer2", "韩冰", AppRole.REVIEWER, null, jiangsuBureau.getId(), PASSWORD);
    }

    /** The seed's 2019 report, written in the name of the park's staff member: section 一 and all of section 二. */
    private void loadChangchunReport2019() {
        SignedInUser staff = (SignedInUser) accounts.loadUserByUsername("cc_staff");
        SeedDisclosureForm seed = SeedDisclosureForm.load();
        SystemActor.callAs(staff, () -> {
            AnnualReport report = reports.create(staff.parkId(), 2019);
            return reports.saveDraft(report.getId(), ReportDraft.of(report).withNarratives(seed.narratives()));
        });
    }
}
