package cn.jiuweihai.silver.seeker;

/** The vocabularies of a registration. Each constant carries the Chinese the mini-program shows. */
public final class SeekerEnums {

    private SeekerEnums() {
    }

    /** How much physical work the person says they can do (self-assessment). */
    public enum PhysicalCapacity {
        LOW("轻体力活"), MEDIUM("中等体力活"), HIGH("重体力活也可以");

        public final String label;

        PhysicalCapacity(String label) {
            this.label = label;
        }
    }

    /** When the person is free to work. */
    public enum ScheduleSlot {
        WEEKDAYS("工作日"), WEEKENDS("周末"), MORNINGS("上午"), AFTERNOONS("下午"), EVENINGS("晚上"),
        ANY_TIME("时间不限");

        public final String label;

        ScheduleSlot(String label) {
            this.label = label;
        }
    }

    /** The level of a professional title (职称) held before retirement. */
    public enum TitleLevel {
        NONE("无职称"), JUNIOR("初级"), INTERMEDIATE("中级"), DEPUTY_SENIOR("副高级"), SENIOR("正高级");

        public final String label;

        TitleLevel(String label) {
            this.label = label;
        }
    }

    /** Groups the bureau follows up with priority; sensitive, declared only with separate consent. */
    public enum PriorityGroup {
        POVERTY_ALLEVIATED("脱贫享受政策人口"), LOW_INCOME("低收入人口"), DISABLED("残疾人");

        public final String label;

        PriorityGroup(String label) {
            this.label = label;
        }
    }

    /** How the registration came in. */
    public enum Channel {
        SELF("本人登记"), ASSISTED("工作人员协助登记"), BULK_UPLOAD("社区纸质登记批量导入");

        public final String label;

        Channel(String label) {
            this.label = label;
        }
    }

    /** How a person registered by staff gave consent. */
    public enum ConsentMethod {
        SIGNED_FORM("本人签字的纸质登记表"), IN_PERSON("本人当面同意"), GUARDIAN("监护人或家属代为同意（有授权）");

        public final String label;

        ConsentMethod(String label) {
            this.label = label;
        }
    }

    /** Where the phone number came from. */
    public enum PhoneSource {
        WECHAT("微信授权"), MANUAL("手工填写");

        public final String label;

        PhoneSource(String label) {
            this.label = label;
        }
    }

    /** A registration is active until the person deregisters (注销). */
    public enum Status {
        ACTIVE, DEREGISTERED
    }
}
