package ecopark.demo;

import ecopark.base.domain.BusinessRuleException;
import ecopark.rectification.domain.RectificationSource;
import ecopark.rectification.service.EvidenceService;
import ecopark.rectification.service.LedgerEntry;
import ecopark.rectification.service.NewRound;
import ecopark.rectification.service.TaskCommands;
import ecopark.rectification.service.TaskQueries;
import ecopark.rectification.service.RoundItem;
import ecopark.rectification.service.TaskFilter;
import ecopark.rectification.service.TaskListItem;
import ecopark.security.SignedInUser;
import ecopark.security.SystemActor;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The Changchun registry as the seed's 2019 narrative ("7、中央环保督察整改任务落实情况" and the blue-sky and clear-water
 * sections) describes it: central inspection feedback 18 tasks, 15 closed; provincial inspection 20, 18 closed; the
 * follow-up ("回头看") 9, 8 closed; 209 + 67 + 287 petition cases, all closed; 13 enterprises ordered to correct VOC
 * emissions, all done; 7 filling stations with 30 tanks retrofitted to double-layer tanks by the end of 2019. The form
 * lists no single items, so titles, units and dates are plausible ones drawn from the narrative. The published 2019
 * narrative stays as written — it says "剩余4项" where the registry has 3 open, which the editor's figures check shows.
 * Of the open items, the registry's life since 2019 is played through the real services: two deadlines extended
 * (one now due within 30 days), one task returned after verification, one awaiting verification, one overdue.
 */
@Component
@ConditionalOnProperty(name = "ecopark.demo-data", havingValue = "true")
class RectificationDemoData {

    private static final Logger log = LoggerFactory.getLogger(RectificationDemoData.class);

    private static final String BUREAU = "经开区生态环境分局";
    private static final String[] UNITS = {BUREAU, "经开区建设局", "经开区城市管理局", "经开区农业农村局", "兴隆山镇人民政府",
        "临河街道办事处", "东方广场街道办事处", "经开区商务局"};
    private static final String[] PEOPLE = {"张伟", "刘强", "李娜", "王磊", "赵敏", "孙浩", "周静", "吴斌"};
    private static final String[] PETITION_TOPICS = {"噪声扰民", "异味", "施工扬尘", "餐饮油烟", "污水直排", "垃圾堆放",
        "露天焚烧", "危险废物", "企业废气", "河道污染"};

    private final TaskQueries queries;
    private final TaskCommands registry;
    private final EvidenceService evidence;
    private final UserDetailsService accounts;
    private final Clock clock;

    RectificationDemoData(TaskQueries queries, TaskCommands registry, EvidenceService evidence,
            UserDetailsService accounts, Clock clock) {
        this.queries = queries;
        this.registry = registry;
        this.evidence = evidence;
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(30)
    public void loadOnFirstStart() {
        SignedInUser manager;
        SignedInUser staff;
        try {
            manager = (SignedInUser) accounts.loadUserByUsername("cc_manager");
            staff = (SignedInUser) accounts.loadUserByUsername("cc_staff");
        } catch (UsernameNotFoundException e) {
            return;
        }
        if (SystemActor.callAs(manager, () -> queries.count(TaskFilter.ALL)) > 0) {
            return;
        }
        load(manager, staff);
        log.info("Demo rectification registry loaded: Changchun inspections, petitions, VOC orders and tank retrofits");
    }

    private void load(SignedInUser manager, SignedInUser staff) {
        long park = staff.parkId();
        LocalDate today = LocalDate.now(clock);
        Random random = new Random(2019);

        // 中央环保督察: 18 tasks, 15 closed, 3 open (the narrative quotes "剩余4项").
        RoundItem central = round(manager, null, RectificationSource.CENTRAL_INSPECTION,
                "第一轮中央环境保护督察反馈意见整改", LocalDate.of(2017, 4, 12));
        List<LedgerEntry> centralTasks = new ArrayList<>();
        String[][] centralClosed = {
            {"兴隆山污水处理厂一期提标改造", "排放标准由一级 A 提升至地表水准四类", "2019-06-28"},
            {"经开北区干雾海河黑臭水体综合整治", "截污、清淤、生态护岸，消除黑臭", "2018-10-15"},
            {"中山沟、南阳沟河道清淤及两岸垃圾清理", "完成河道清淤和两岸垃圾清运", "2018-09-20"},
            {"“龙须沟”垃圾场整治", "清运存量垃圾，改造为休闲健身公园", "2018-08-30"},
            {"鲶鱼沟景观提升及黑臭隐患消除", "景观提升改造，彻底消除黑臭隐患", "2019-09-26"},
            {"20 吨以上燃煤锅炉提标改造", "13 台在用锅炉完成提标改造，安装在线监测装置并与市生态环境局联网", "2017-12-28"},
            {"禁养区畜禽养殖户关闭搬迁", "禁养区内养殖户全部关闭或搬迁", "2018-06-29"},
            {"餐饮油烟专项整治", "餐饮单位安装油烟净化设施并定期清洗", "2018-05-31"},
            {"工业企业挥发性有机物无组织排放整治", "重点企业密闭收集和治理设施建设", "2018-11-30"},
            {"危险废物产生单位规范化管理", "危险废物贮存、转移联单和台账规范化", "2018-04-27"},
            {"建设项目环评“未批先建”问题清理", "逐项补办手续或依法查处", "2017-11-30"},
            {"秸秆露天焚烧网格化监管", "建立区、镇（街）、村、屯四级网格化巡查机制", "2017-10-31"},
            {"城乡结合部生活垃圾收运体系建设", "推动城乡一体化垃圾收运", "2018-12-28"},
            {"饮用水水源保护区环境问题整治", "清理保护区内违法建设和排污口", "2018-07-31"},
            {"重点排污单位自动监控设施安装联网", "重点排污单位自动监控设施与市局联网", "2018-03-30"}};
        for (int i = 0; i < centralClosed.length; i++) {
            LocalDate closed = LocalDate.parse(centralClosed[i][2]);
            centralTasks.add(entry(park, centralClosed[i][0], centralClosed[i][1], i, LocalDate.of(2017, 4, 12),
                    closed.plusDays(random.nextInt(60)), closed, null));
        }
        centralTasks.add(entry(park, "兴隆山污水处理厂二期扩建工程", "二期扩建土建工程已提前完成，推进设备安装和调试", 1,
                LocalDate.of(2017, 4, 12), LocalDate.of(2020, 12, 31), null, 85));
        centralTasks.add(entry(park, "黑臭水体长效管护机制建设", "建立河长制下的巡河、保洁和水质监测长效机制", 2,
                LocalDate.of(2017, 4, 12), LocalDate.of(2020, 6, 30), null, 70));
        centralTasks.add(entry(park, "建成区雨污分流管网改造", "实施雨污分流改造，消除合流制溢流", 1,
                LocalDate.of(2017, 4, 12), LocalDate.of(2020, 10, 31), null, 60));
        register(manager, central, centralTasks);

        // 省级环保督察: 20 tasks, 18 closed, 2 open.
        RoundItem provincial = round(manager, null, RectificationSource.PROVINCIAL_INSPECTION,
                "吉林省生态环境保护督察反馈意见整改", LocalDate.of(2018, 9, 20));
        String[] provincialClosed = {"重点行业企业签订土壤污染防治责任书", "土壤污染重点调查企业清单核查",
            "拟征收地块土壤环境评估", "重点环境风险企业隐患排查评估", "突发环境事件应急预案修订", "重污染天气应急减排清单落实",
            "柴油货车尾气联合路检", "建筑工地扬尘污染防治", "道路扬尘机械化清扫", "“散乱污”企业排查整治",
            "农村生活污水管网改造", "垃圾中转点防渗硬化改造", "农药包装废弃物回收处置", "街镇地表水断面加密监测",
            "污水处理厂“驻厂式”监管", "ISO14001 环境管理体系运行", "噪声扰民企业整治", "汽修行业喷漆废气治理"};
        List<LedgerEntry> provincialTasks = new ArrayList<>();
        for (int i = 0; i < provincialClosed.length; i++) {
            LocalDate closed = LocalDate.of(2018, 11, 1).plusDays(random.nextInt(400));
            provincialTasks.add(entry(park, provincialClosed[i], null, i, LocalDate.of(2018, 9, 20),
                    closed.plusDays(random.nextInt(30)), closed, null));
        }
        provincialTasks.add(entry(park, "入河排污口规范化整治", "152 个河道排水口逐一排查，2 个污水排放口规范化设置标识和监测",
                0, LocalDate.of(2018, 9, 20), LocalDate.of(2021, 6, 30), null, 90));
        provincialTasks.add(entry(park, "园区危险废物集中贮存设施建设", "建设园区危险废物集中收集贮存设施", 0,
                LocalDate.of(2018, 9, 20), today.plusDays(40), null, 95));
        register(manager, provincial, provincialTasks);

        // 中央生态环境保护督察“回头看”: 9 tasks, 8 closed, 1 open.
        RoundItem followUp = round(manager, null, RectificationSource.CENTRAL_FOLLOW_UP,
                "中央生态环境保护督察“回头看”反馈意见整改", LocalDate.of(2019, 5, 8));
        String[] followUpClosed = {"黑臭水体“表面整改”问题复查", "兴隆山污水处理厂出水稳定达标", "养殖户搬迁后场地清理",
            "燃煤小锅炉淘汰", "河道垃圾反弹问题清理", "重复信访投诉件回访", "挥发性有机物重点企业“一厂一策”",
            "秸秆禁烧“零火点”巡查"};
        List<LedgerEntry> followUpTasks = new ArrayList<>();
        for (int i = 0; i < followUpClosed.length; i++) {
            LocalDate closed = LocalDate.of(2019, 7, 1).plusDays(random.nextInt(170));
            followUpTasks.add(entry(park, followUpClosed[i], null, i, LocalDate.of(2019, 5, 8),
                    LocalDate.of(2019, 12, 31), closed, null));
        }
        followUpTasks.add(entry(park, "施工工地扬尘在线监测全覆盖", "规模以上施工工地安装扬尘在线监测并联网", 0,
                LocalDate.of(2019, 5, 8), LocalDate.of(2019, 12, 31), null, 50));
        register(manager, followUp, followUpTasks);

        // 信访: 209 + 67 + 287 cases handed over by the inspections, all closed (全部办理结案).
        petitions(manager, park, random, "中央环境保护督察交办信访案件", "中央督察交办", LocalDate.of(2016, 12, 1), 209);
        petitions(manager, park, random, "省级环保督察交办信访案件", "省督察交办", LocalDate.of(2018, 9, 20), 67);
        petitions(manager, park, random, "中央环保督察“回头看”交办信访件", "“回头看”交办", LocalDate.of(2018, 11, 2), 287);

        // 挥发性有机物专项整治: 46 enterprises checked, 13 ordered to correct, all corrected in 2019.
        RoundItem voc = round(staff, park, RectificationSource.INTERNAL_CHECK, "2019 年挥发性有机物专项整治（责令改正）",
                LocalDate.of(2019, 4, 15));
        String[] trades = {"汽车零部件喷涂", "包装印刷", "家具制造", "汽修喷漆", "涂料储运", "塑料制品", "电子元件清洗"};
        List<LedgerEntry> vocTasks = new ArrayList<>();
        for (int i = 1; i <= 13; i++) {
            LocalDate closed = LocalDate.of(2019, 6, 1).plusDays(random.nextInt(180));
            vocTasks.add(new LedgerEntry(park, "责令改正：涉 VOCs 企业 V-%02d（%s）无组织排放".formatted(i,
                    trades[i % trades.length]), "下达责令改正通知书，限期完成废气收集和治理设施整改", BUREAU, PEOPLE[i % 4],
                    LocalDate.of(2019, 4, 15), LocalDate.of(2019, 11, 30), closed, null));
        }
        register(staff, voc, vocTasks);

        // 加油站双层罐改造: 7 stations, 30 tanks left in 2019, all retrofitted by the end of the year.
        RoundItem tanks = round(staff, park, RectificationSource.OTHER, "2019 年加油站地下油罐双层罐改造",
                LocalDate.of(2019, 3, 1));
        int[] tanksPerStation = {5, 4, 4, 5, 4, 4, 4};
        List<LedgerEntry> tankTasks = new ArrayList<>();
        for (int i = 0; i < tanksPerStation.length; i++) {
            tankTasks.add(new LedgerEntry(park, "加油站 G-%02d 地下油罐双层罐改造（%d 个油罐）".formatted(i + 1,
                    tanksPerStation[i]), "更换为双层油罐或设置防渗池", "经开区商务局", PEOPLE[(i + 3) % PEOPLE.length],
                    LocalDate.of(2019, 3, 1), LocalDate.of(2019, 12, 31),
                    LocalDate.of(2019, 9, 1).plusDays(random.nextInt(120)), null));
        }
        register(staff, tanks, tankTasks);

        playSince2019(manager, staff, today);
    }

    /** What happened to the open items since: the real services, so process, audit and notifications agree. */
    private void playSince2019(SignedInUser manager, SignedInUser staff, LocalDate today) {
        long phaseTwo = task(staff, "兴隆山污水处理厂二期扩建工程");
        long waterBodies = task(staff, "黑臭水体长效管护机制建设");
        long outfalls = task(staff, "入河排污口规范化整治");
        long hazardousWaste = task(staff, "园区危险废物集中贮存设施建设");
        long dust = task(staff, "施工工地扬尘在线监测全覆盖");
        extend(staff, manager, phaseTwo, today.plusDays(20), "二期设备采购受疫情影响延迟，土建已完成，申请延期至设备调试完成");
        extend(staff, manager, waterBodies, today.plusDays(75), "长效管护需经过一个完整汛期检验，申请延期");
        extend(staff, manager, dust, today.plusDays(45), "部分工地开工时间推迟，在线监测设备随开工安装");
        as(staff, () -> evidence.upload(outfalls, "入河排污口整治验收记录.pdf", pdf("入河排污口整治验收记录")));
        as(staff, () -> registry.markDone(outfalls, "2 个污水排放口已设置标识牌并完成规范化改造"));
        as(staff, () -> evidence.upload(hazardousWaste, "危险废物贮存设施竣工照片.pdf", pdf("危险废物贮存设施竣工照片")));
        as(staff, () -> registry.markDone(hazardousWaste, "集中贮存设施已建成并投入使用"));
        as(manager, () -> registry.returnToPark(outfalls, "缺少排口水质监测报告，请补充后重新提交"));
    }

    private void extend(SignedInUser staff, SignedInUser manager, long taskId, LocalDate to, String reason) {
        as(staff, () -> registry.requestExtension(taskId, to, reason));
        as(manager, () -> registry.decideExtension(taskId, true, "同意，请按新期限完成"));
    }

    /**
     * A step as a user, tried again if the process moved meanwhile: with the job executor running, the deadline timer
     * of a task registered with a past deadline fires while the demo goes on, and either side may have to retry.
     */
    private void as(SignedInUser user, Runnable step) {
        for (int attempt = 1; ; attempt++) {
            try {
                SystemActor.callAs(user, () -> {
                    step.run();
                    return null;
                });
                return;
            } catch (BusinessRuleException e) {
                if (attempt == 5 || !"rectification.error.stale".equals(e.messageKey())) {
                    throw e;
                }
                sleep(200L * attempt);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private long task(SignedInUser user, String title) {
        return SystemActor.callAs(user, () -> queries.find(TaskFilter.ALL.withText(title), Pageable.ofSize(5))
                .stream().filter(t -> t.title().equals(title)).map(TaskListItem::id).findFirst().orElseThrow());
    }

    private void petitions(SignedInUser manager, long park, Random random, String roundName, String prefix,
            LocalDate issued, int count) {
        RoundItem round = round(manager, null, RectificationSource.PETITION, roundName, issued);
        List<LedgerEntry> cases = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String topic = PETITION_TOPICS[random.nextInt(PETITION_TOPICS.length)];
            LocalDate closed = issued.plusDays(5 + random.nextInt(75));
            cases.add(new LedgerEntry(park, "%s信访件第 %03d 号（%s）".formatted(prefix, i, topic), null,
                    UNITS[random.nextInt(UNITS.length)], PEOPLE[random.nextInt(PEOPLE.length)], issued,
                    issued.plusDays(30), closed, null));
        }
        register(manager, round, cases);
    }

    private static LedgerEntry entry(long park, String title, String description, int unit, LocalDate assigned,
            LocalDate deadline, LocalDate closed, Integer progress) {
        LocalDate due = deadline.isBefore(assigned) ? assigned : deadline;
        LocalDate closedOn = closed == null ? null : closed.isBefore(assigned) ? assigned : closed;
        return new LedgerEntry(park, title, description, UNITS[unit % UNITS.length], PEOPLE[unit % PEOPLE.length],
                assigned, due, closedOn, progress);
    }

    private RoundItem round(SignedInUser user, Long park, RectificationSource source, String name, LocalDate issued) {
        return SystemActor.callAs(user, () -> registry.createRound(new NewRound(park, source, name, issued)));
    }

    private void register(SignedInUser user, RoundItem round, List<LedgerEntry> entries) {
        SystemActor.callAs(user, () -> registry.registerLedger(round.id(), entries));
    }

    /** A small but well-formed one-page PDF standing for a scanned document. */
    static byte[] pdf(String title) {
        String body = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n% " + title + "\n";
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
