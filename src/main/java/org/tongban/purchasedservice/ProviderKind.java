package org.tongban.purchasedservice;

/**
 * What kind of body a provider (承接主体) is. 《政府购买服务管理办法》 names social organisations, enterprises,
 * institutions and community committees with the capacity; social-work agencies take projects too.
 */
public enum ProviderKind {
    /** 社会组织 — a social association or foundation registered with civil affairs. */
    SOCIAL_ORGANISATION,
    /** 社会工作服务机构 — a social-work agency. */
    SOCIAL_WORK_AGENCY,
    /** 村(居)民委员会 — a community committee: registered on its community's unit, never on a provider unit. */
    COMMUNITY_COMMITTEE,
    /** 企业 */
    ENTERPRISE,
    /** 事业单位 — a public institution that is not funded for the service it offers. */
    PUBLIC_INSTITUTION;

    public String messageKey() {
        return "purchasedservice.provider.kind." + name();
    }
}
