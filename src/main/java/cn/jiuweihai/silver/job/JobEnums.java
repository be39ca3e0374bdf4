package cn.jiuweihai.silver.job;

/** The vocabularies of a job. Each constant carries the Chinese the mini-program shows. */
public final class JobEnums {

    private JobEnums() {
    }

    /** Job category, the first filter a seeker picks. */
    public enum Category {
        ELDERLY_CARE("养老护理"), HOUSEKEEPING("家政服务"), HEALTH_CARE("康养照护"),
        CLEANING_GREENING("保洁绿化"), SECURITY_GATE("安保门卫"), CATERING("餐饮服务"), RETAIL("商超零售"),
        LOGISTICS("仓储物流"), PROPERTY("物业服务"), CULTURE_TOURISM("文化旅游"),
        AGRICULTURE_FISHERY("农业渔业"), MANUFACTURING("加工制造"), COMMUNITY_SERVICE("社区服务"),
        CONSULTING("技术顾问返聘"), OTHER("其他");

        public final String label;

        Category(String label) {
            this.label = label;
        }
    }

    /** The unit the pay range is quoted in. */
    public enum PayUnit {
        MONTH("元/月"), DAY("元/天"), HOUR("元/小时"), PIECE("元/件");

        public final String label;

        PayUnit(String label) {
            this.label = label;
        }
    }

    /** How the person is employed. */
    public enum EmploymentForm {
        FULL_TIME("全职"), PART_TIME("兼职"), FLEXIBLE("灵活用工"), SEASONAL("季节性"), REHIRE("返聘/顾问");

        public final String label;

        EmploymentForm(String label) {
            this.label = label;
        }
    }

    /** How much strength and agility the work asks. */
    public enum PhysicalDemand {
        LOW("体力要求低"), MEDIUM("体力要求中等"), HIGH("体力要求高");

        public final String label;

        PhysicalDemand(String label) {
            this.label = label;
        }
    }

    /** Age-friendly features (适老化). */
    public enum Feature {
        SEATED_WORK("坐姿工作"), NO_NIGHT_SHIFT("无夜班"), FLEXIBLE_HOURS("时间灵活"), NEAR_TRANSIT("公交便利"),
        MEALS_PROVIDED("提供餐食"), TRAINING_PROVIDED("提供培训");

        public final String label;

        Feature(String label) {
            this.label = label;
        }
    }

    /** Protection offered to workers past retirement age. */
    public enum Protection {
        OVER_AGE_INJURY_INSURANCE("超龄人员工伤保险"), ACCIDENT_INSURANCE("商业意外险"), NONE("无");

        public final String label;

        Protection(String label) {
            this.label = label;
        }
    }

    /** The two zones of the silver recruitment area; a job can be in both. */
    public enum Zone {
        SILVER_TALENT("银发人力资源专区"), SILVER_ECONOMY("银发经济企业招聘专区");

        public final String label;

        Zone(String label) {
            this.label = label;
        }
    }

    /** Lifecycle of a job: draft, pending review, published, closed; or rejected by staff. */
    public enum Status {
        DRAFT, PENDING_REVIEW, PUBLISHED, CLOSED, REJECTED
    }

    /** Why a job waits for staff review. */
    public enum ReviewCause {
        CONTENT_RISKY("微信内容安全检测认为有违规风险"), CONTENT_REVIEW("微信内容安全检测建议人工复核"),
        CONTENT_UNVERIFIED("内容安全检测暂时无法完成"), MATERIAL_EDIT("已发布岗位修改了薪酬、地点或工作内容");

        public final String label;

        ReviewCause(String label) {
            this.label = label;
        }
    }

    /** How search results are ordered; every order ends with the job id, so pages never overlap. */
    public enum Sort {
        RELEVANCE, NEWEST, DISTANCE, PAY
    }
}
