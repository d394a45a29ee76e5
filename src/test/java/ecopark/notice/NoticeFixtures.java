package ecopark.notice;

import ecopark.notice.service.AnnualNotices;
import ecopark.notice.service.NoticeDraft;
import ecopark.notice.service.NoticeView;
import ecopark.park.domain.Jurisdiction;
import ecopark.park.domain.JurisdictionLevel;
import ecopark.park.domain.JurisdictionRepository;
import ecopark.security.AppRole;
import ecopark.security.SignedInUser;
import ecopark.security.SystemActor;
import ecopark.security.service.NewAccount;
import ecopark.security.service.UserAdminService;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The national office and its manager for the notice tests (the demo organisation of main has no national office
 * yet), and notices for the report years 4391–4429, which only the notice tests use.
 */
@Component
public class NoticeFixtures {

    public static final String NATIONAL_MANAGER = "nt_national_manager";
    public static final String PASSWORD = "Nat1onal#Office";

    private final JurisdictionRepository jurisdictions;
    private final UserAdminService users;
    private final UserDetailsService accounts;
    private final AnnualNotices notices;

    NoticeFixtures(JurisdictionRepository jurisdictions, UserAdminService users, UserDetailsService accounts,
            AnnualNotices notices) {
        this.jurisdictions = jurisdictions;
        this.users = users;
        this.accounts = accounts;
        this.notices = notices;
    }

    /** The national office's manager, created once per Spring context. */
    public synchronized SignedInUser nationalManager() {
        try {
            return (SignedInUser) accounts.loadUserByUsername(NATIONAL_MANAGER);
        } catch (UsernameNotFoundException e) {
            Jurisdiction office = jurisdictions.save(new Jurisdiction("生态环境部科技与财务司（测试）", "北京市",
                    JurisdictionLevel.NATIONAL, null));
            SystemActor.run(() -> users.create(new NewAccount(NATIONAL_MANAGER, "国家办公室测试", null, AppRole.MANAGER,
                    null, office.getId(), PASSWORD, false)));
            return (SignedInUser) accounts.loadUserByUsername(NATIONAL_MANAGER);
        }
    }

    /** A notice for the year with one required deliverable (pdf/docx) and one topic of at least 20 characters. */
    public NoticeView issue(int year, LocalDate parksDeadline) {
        return SystemActor.callAs(nationalManager(), () -> notices.save(draft(year, parksDeadline)));
    }

    public static NoticeDraft draft(int year, LocalDate parksDeadline) {
        return new NoticeDraft(null, 0, year, "科财函〔" + (year + 1) + "〕" + (year % 100) + "号（测试）",
                "关于开展" + year + "年度评价工作的通知（测试）", parksDeadline.minusDays(45), parksDeadline,
                parksDeadline.plusDays(30),
                List.of(new NoticeView.Deliverable(null, "碳达峰碳中和实施路径专项报告",
                        "Special report on the path to carbon peaking and carbon neutrality", List.of("pdf", "docx"),
                        true)),
                List.of(new NoticeView.Topic(null, "减污降碳协同增效", "请说明减污降碳协同增效的举措和成效。", 20)));
    }
}
