package cn.jiuweihai.silver.employer;

/** Industry of an employer; the first four are the silver economy's core segments. */
public enum Industry {
    /** 养老服务 */
    ELDERLY_CARE,
    /** 家政服务 */
    HOUSEKEEPING,
    /** 康养健康 */
    HEALTH_CARE,
    /** 文化旅游 */
    CULTURE_TOURISM,
    /** 物业服务 */
    PROPERTY_SERVICES,
    /** 餐饮 */
    CATERING,
    /** 商贸零售 */
    RETAIL,
    /** 仓储物流 */
    LOGISTICS,
    /** 加工制造 */
    MANUFACTURING,
    /** 农业渔业 */
    AGRICULTURE_FISHERY,
    /** 教育培训 */
    EDUCATION,
    /** 公共服务 */
    PUBLIC_SERVICE,
    /** 其他 */
    OTHER
}
