package ecopark;

import ecopark.park.domain.Jurisdiction;
import ecopark.park.domain.JurisdictionLevel;
import ecopark.park.domain.JurisdictionRepository;
import ecopark.security.AppRole;
import ecopark.security.domain.AppUser;
import ecopark.security.domain.AppUserRepository;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's jurisdictions as a tree for tests of the scope at every level: 长春市生态环境局 (park A's bureau) is a city
 * under 吉林省生态环境厅, which stands under the national office. What the demo data already has is kept (the demo
 * loaded by the route's change has this tree); what it lacks is made once per database, so that every test class of
 * a Spring context sees the same tree. Accounts for the levels above the city: a reviewer and a manager of the
 * province and a manager of the national office (password {@link #PASSWORD}, as the demo's).
 */
@Component
public class HierarchyFixtures {

    public static final String PASSWORD = "Ecopark#2026";
    public static final String PROVINCE_REVIEWER = "mx_jl_reviewer";
    public static final String PROVINCE_MANAGER = "mx_jl_manager";
    public static final String NATIONAL_MANAGER = "mx_national_manager";
    static final String CITY = "长春市生态环境局";
    static final String PROVINCE = "吉林省生态环境厅";
    static final String NATION = "生态环境部科技与财务司";

    /** The ids of the tree: the national office, Jilin's department, Changchun's city bureau. */
    public record Tree(long nation, long province, long city) {
    }

    private final JurisdictionRepository jurisdictions;
    private final AppUserRepository users;
    private final TransactionTemplate transaction;
    private Tree tree;

    HierarchyFixtures(JurisdictionRepository jurisdictions, AppUserRepository users, TransactionTemplate transaction) {
        this.jurisdictions = jurisdictions;
        this.users = users;
        this.transaction = transaction;
    }

    public synchronized Tree tree() {
        if (tree == null) {
            Tree built = transaction.execute(status -> {
                Tree t = build();
                account(PROVINCE_REVIEWER, "吉林省审核员", AppRole.REVIEWER, t.province());
                account(PROVINCE_MANAGER, "吉林省管理员", AppRole.MANAGER, t.province());
                account(NATIONAL_MANAGER, "国家办公室管理员", AppRole.MANAGER, t.nation());
                return t;
            });
            tree = built;
        }
        return tree;
    }

    private Tree build() {
        Jurisdiction nation = jurisdictions.findAll().stream().filter(j -> j.getLevel() == JurisdictionLevel.NATIONAL)
                .findFirst().orElseGet(() -> jurisdictions.save(new Jurisdiction(NATION, "北京市",
                        JurisdictionLevel.NATIONAL, null)));
        Jurisdiction city = named(CITY).orElseThrow();
        Jurisdiction province = Optional.ofNullable(city.getParentId()).flatMap(jurisdictions::findById)
                .or(() -> named(PROVINCE))
                .orElseGet(() -> jurisdictions.save(new Jurisdiction(PROVINCE, "吉林省", JurisdictionLevel.PROVINCIAL,
                        nation.getId())));
        if (province.getParentId() == null) {
            province.setParentId(nation.getId());
        }
        city.setLevel(JurisdictionLevel.CITY);
        city.setParentId(province.getId());
        return new Tree(nation.getId(), province.getId(), city.getId());
    }

    private Optional<Jurisdiction> named(String name) {
        return jurisdictions.findAll().stream().filter(j -> j.getName().equals(name)).findFirst();
    }

    /** An account with the demo's password, which the password rule refuses for new accounts: its hash is copied. */
    private void account(String username, String name, AppRole role, long jurisdictionId) {
        if (users.findByUsername(username).isEmpty()) {
            AppUser user = new AppUser(username, users.findByUsername("cc_staff").orElseThrow().getPasswordHash(), name,
                    role);
            user.assign(role, null, jurisdictionId);
            users.save(user);
        }
    }
}
