package cn.jiuweihai.silver.employer;

/** The part of the silver economy an employer works in (银发经济细分领域). */
public enum SilverSegment {
    /** 养老服务 */
    ELDERLY_CARE,
    /** 家政服务 */
    HOUSEKEEPING,
    /** 康养健康 */
    HEALTH_CARE,
    /** 文化旅游 */
    CULTURE_TOURISM,
    /** 老年用品与适老化改造 */
    AGE_FRIENDLY_PRODUCTS,
    /** 老年教育与文娱 */
    EDUCATION_LEISURE,
    /** 其他 */
    OTHER
}
