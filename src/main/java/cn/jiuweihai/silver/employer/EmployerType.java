package cn.jiuweihai.silver.employer;

/** Kind of organisation. */
public enum EmployerType {
    /** 企业 */
    ENTERPRISE,
    /** 社区 */
    COMMUNITY,
    /** 机关事业单位 */
    PUBLIC_BODY,
    /** 社会组织 */
    SOCIAL_ORGANISATION
}
