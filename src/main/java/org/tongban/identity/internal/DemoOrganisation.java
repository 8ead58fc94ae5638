package org.tongban.identity.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.Roles;

/**
 * Seeds a fictional county (云溪县) with subdistricts, communities, departments, two providers (承接主体) and one login
 * per role, once: a database that already holds the county is left alone. The logins are listed in the README.
 * The service account gets no role: like any, it gets roles only when an administrator grants them.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "tongban.demo-data.enabled", havingValue = "true", matchIfMissing = true)
class DemoOrganisation implements ApplicationRunner {

    static final String COUNTY_CODE = "YX";
    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

    private record Unit(String code, String name, OrgUnitKind kind, String parentCode) {
    }

    private record Login(String username, String displayName, String phone, String unitCode, String roleCode) {
    }

    private static final List<Unit> UNITS = List.of(
            new Unit(COUNTY_CODE, "云溪县", OrgUnitKind.COUNTY, null),
            new Unit("SD01", "城关街道", OrgUnitKind.SUBDISTRICT, COUNTY_CODE),
            new Unit("SD02", "东湖街道", OrgUnitKind.SUBDISTRICT, COUNTY_CODE),
            new Unit("SD03", "桃源镇", OrgUnitKind.SUBDISTRICT, COUNTY_CODE),
            new Unit("CM001", "和平社区", OrgUnitKind.COMMUNITY, "SD01"),
            new Unit("CM002", "光明社区", OrgUnitKind.COMMUNITY, "SD01"),
            new Unit("CM003", "湖滨社区", OrgUnitKind.COMMUNITY, "SD02"),
            new Unit("CM004", "桃源村", OrgUnitKind.COMMUNITY, "SD03"),
            new Unit("DP-MZ", "县民政局", OrgUnitKind.DEPARTMENT, COUNTY_CODE),
            new Unit("DP-RS", "县人力资源和社会保障局", OrgUnitKind.DEPARTMENT, COUNTY_CODE),
            new Unit("DP-YB", "县医疗保障局", OrgUnitKind.DEPARTMENT, COUNTY_CODE),
            new Unit("DP-CL", "县残疾人联合会", OrgUnitKind.DEPARTMENT, COUNTY_CODE),
            new Unit("DP-WJ", "县卫生健康局", OrgUnitKind.DEPARTMENT, COUNTY_CODE),
            new Unit("DP-ZJ", "县住房和城乡建设局", OrgUnitKind.DEPARTMENT, COUNTY_CODE),
            new Unit("DP-GA", "县公安局", OrgUnitKind.DEPARTMENT, COUNTY_CODE),
            new Unit("DP-TY", "县退役军人事务局", OrgUnitKind.DEPARTMENT, COUNTY_CODE),
            new Unit("DP-SF", "县司法局", OrgUnitKind.DEPARTMENT, COUNTY_CODE),
            new Unit("DP-CZ", "县财政局", OrgUnitKind.DEPARTMENT, COUNTY_CODE),
            new Unit("PV001", "云溪县阳光社会工作服务中心", OrgUnitKind.PROVIDER, COUNTY_CODE),
            new Unit("PV002", "云溪县益邻社区服务社", OrgUnitKind.PROVIDER, COUNTY_CODE));

    private static final List<Login> LOGINS = List.of(
            new Login("admin", "系统管理员", "13800000000", COUNTY_CODE, Roles.ADMIN),
            new Login("wangfang", "王芳", "13800000001", "CM001", Roles.FRONT_DESK),
            new Login("lina", "李娜", "13800000002", "CM001", Roles.FRONT_DESK),
            new Login("zhangwei", "张伟", "13800000003", "CM001", Roles.DIRECTOR),
            new Login("chenjing", "陈静", "13800000004", "CM002", Roles.FRONT_DESK),
            new Login("zhaomin", "赵敏", "13800000005", "CM002", Roles.DIRECTOR),
            new Login("huanglei", "黄磊", "13800000006", "SD01", Roles.FRONT_DESK),
            new Login("liuyang", "刘洋", "13800000007", "DP-MZ", Roles.DEPARTMENT_HANDLER),
            new Login("sunli", "孙丽", "13800000008", "DP-MZ", Roles.DEPARTMENT_REVIEWER),
            new Login("zhouqiang", "周强", "13800000009", "DP-MZ", Roles.CIVIL_AFFAIRS_REVIEWER),
            new Login("wuhao", "吴浩", "13800000010", "DP-MZ", Roles.PROJECT_MANAGER),
            new Login("zhengxue", "郑雪", "13800000011", COUNTY_CODE, Roles.EVALUATOR),
            // A second department that can act, so cases routed away from 民政 have someone to handle them.
            new Login("gaojie", "高洁", "13800000012", "DP-RS", Roles.DEPARTMENT_HANDLER),
            new Login("linfeng", "林峰", "13800000013", "DP-RS", Roles.DEPARTMENT_REVIEWER),
            // 残联 countersigns the disability subsidies (残疾人两项补贴) that 民政 leads.
            new Login("hexin", "何欣", "13800000014", "DP-CL", Roles.DEPARTMENT_REVIEWER),
            // 县级审定 of work outside the community work-item list.
            new Login("qianyu", "钱宇", "13800000015", COUNTY_CODE, Roles.COUNTY_APPROVER),
            // 财政审核 of purchased-service budgets.
            new Login("caiwen", "蔡文", "13800000016", "DP-CZ", Roles.FINANCE_REVIEWER),
            // Providers (承接主体) outside the government: each sees its own projects only.
            new Login("yangguang", "杨光", "13800000017", "PV001", Roles.PROVIDER),
            new Login("yilin", "易林", "13800000018", "PV002", Roles.PROVIDER),
            // Evaluators for purchased-service panels (评审小组三人以上单数) and performance evaluation.
            new Login("fengtao", "冯涛", "13800000019", COUNTY_CODE, Roles.EVALUATOR),
            new Login("tangyu", "唐瑜", "13800000020", COUNTY_CODE, Roles.EVALUATOR),
            new Login("xuli", "许丽", "13800000021", COUNTY_CODE, Roles.EVALUATOR));

    private final OrgUnits orgUnits;
    private final StaffMembers staffMembers;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final String password;

    DemoOrganisation(OrgUnits orgUnits, StaffMembers staffMembers, PasswordEncoder passwordEncoder, Clock clock,
                     @Value("${tongban.demo-data.password:tongban2026}") String password) {
        this.orgUnits = orgUnits;
        this.staffMembers = staffMembers;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (orgUnits.existsByCode(COUNTY_CODE)) {
            return;
        }
        Map<String, OrgUnit> byCode = new HashMap<>();
        for (Unit unit : UNITS) {
            Long parentId = unit.parentCode() == null ? null : byCode.get(unit.parentCode()).getId();
            byCode.put(unit.code(), orgUnits.save(new OrgUnit(unit.code(), unit.name(), unit.kind(), parentId)));
        }
        String hash = passwordEncoder.encode(password);
        LocalDateTime now = LocalDateTime.now(clock);
        for (Login login : LOGINS) {
            Staff staff = new Staff(login.username(), login.displayName(), login.phone(), hash, false, now);
            staff.assign(new RoleAssignment(byCode.get(login.unitCode()).getId(), login.roleCode()));
            staffMembers.save(staff);
        }
        staffMembers.save(new Staff("api-client", "外部系统接口账号", null, hash, true, now));
        log.info("Seeded the demo organisation ({} units, {} logins)", UNITS.size(), LOGINS.size() + 1);
    }
}
