package org.tongban.identity;

/**
 * Codes of the built-in roles, which processes and access rules refer to. Spring Security authorities are
 * {@code ROLE_} plus the code in upper case with hyphens as underscores, e.g. {@code ROLE_FRONT_DESK}.
 */
public final class Roles {

    /** 窗口人员 */
    public static final String FRONT_DESK = "front-desk";
    /** 部门经办人 */
    public static final String DEPARTMENT_HANDLER = "dept-handler";
    /** 部门审核人 */
    public static final String DEPARTMENT_REVIEWER = "dept-reviewer";
    /** 社区书记/主任 */
    public static final String DIRECTOR = "director";
    /** 民政审核人 */
    public static final String CIVIL_AFFAIRS_REVIEWER = "civil-reviewer";
    /** 县级审定人 — approves work outside the community work-item list (县级党委和政府统一部署) */
    public static final String COUNTY_APPROVER = "county-approver";
    /** 项目经理 */
    public static final String PROJECT_MANAGER = "project-manager";
    /** 评估员 */
    public static final String EVALUATOR = "evaluator";
    /** 财政审核人 — the finance bureau's reviewer of purchased-service budgets */
    public static final String FINANCE_REVIEWER = "finance-reviewer";
    /** 承接主体联系人 — signs in for a provider (承接主体) to bid and report on its projects */
    public static final String PROVIDER = "provider";
    /** 系统管理员 */
    public static final String ADMIN = "admin";

    /** Authority names for {@code @RolesAllowed} (without the ROLE_ prefix). */
    public static final String ADMIN_AUTHORITY = "ADMIN";

    private Roles() {
    }

    public static String authorityOf(String roleCode) {
        return "ROLE_" + roleCode.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    }
}
