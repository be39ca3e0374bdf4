package cn.jiuweihai.silver.demo;

import cn.jiuweihai.silver.common.Dates;
import cn.jiuweihai.silver.job.JobDraft;
import cn.jiuweihai.silver.job.JobEnums.Category;
import cn.jiuweihai.silver.job.JobEnums.EmploymentForm;
import cn.jiuweihai.silver.job.JobEnums.Feature;
import cn.jiuweihai.silver.job.JobEnums.PayUnit;
import cn.jiuweihai.silver.job.JobEnums.PhysicalDemand;
import cn.jiuweihai.silver.job.JobEnums.Protection;
import cn.jiuweihai.silver.job.JobEnums.Zone;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Demo jobs spread over all seven divisions and both zones. Features are written as initials:
 * S seated, N no night shift, F flexible hours, T near transit, M meals, R training.
 * Zones: A silver talent (银发人力资源), E silver economy (银发经济企业).
 */
final class DemoJobs {

    private DemoJobs() {
    }

    record Row(int employer, String title, Category category, String district, String address, double lat,
            double lon, int payMin, int payMax, PayUnit unit, EmploymentForm form, String schedule, int headcount,
            Integer ageMin, Integer ageMax, PhysicalDemand demand, String features, Protection protection,
            String zones, String description) {
    }

    private static final PayUnit MONTH = PayUnit.MONTH;
    private static final PayUnit DAY = PayUnit.DAY;
    private static final PayUnit HOUR = PayUnit.HOUR;
    private static final PhysicalDemand LOW = PhysicalDemand.LOW;
    private static final PhysicalDemand MEDIUM = PhysicalDemand.MEDIUM;
    private static final Protection INJURY = Protection.OVER_AGE_INJURY_INSURANCE;
    private static final Protection ACCIDENT = Protection.ACCIDENT_INSURANCE;

    static final List<Row> ROWS = List.of(
            new Row(0, "社区助老员🧓", Category.ELDERLY_CARE, "371002", "环翠区西门社区日间照料中心", 37.5092, 122.1133,
                    2600, 3200, MONTH, EmploymentForm.FULL_TIME, "周一至周五 8:00-16:30", 3, 45, 70, LOW, "NTMR",
                    INJURY, "AE", "陪伴社区老人聊天、读报、做手工，协助午餐和测量血压。中心提供岗前培训，离家近、无夜班。"),
            new Row(0, "养老护理员（白班）", Category.ELDERLY_CARE, "371002", "环翠区文化西路88号", 37.5061, 122.1008,
                    3800, 4600, MONTH, EmploymentForm.FULL_TIME, "做六休一 7:30-17:30", 5, 40, 60, MEDIUM, "NMR",
                    INJURY, "AE", "照护半自理老人起居、助餐、助浴，持养老护理员证书优先，无证可带薪培训取证。"),
            new Row(0, "老年人能力评估员", Category.HEALTH_CARE, "371002", "环翠区文化西路88号", 37.5061, 122.1008,
                    180, 260, DAY, EmploymentForm.FLEXIBLE, "按预约上门，每周约3天", 2, 50, 68, LOW, "SF",
                    ACCIDENT, "AE", "按国家标准对入住老人进行能力评估并录入系统，适合退休护士、社工。"),
            new Row(1, "钟点家政服务员", Category.HOUSEKEEPING, "371071", "高区各小区上门服务", 37.5247, 122.0489,
                    30, 40, HOUR, EmploymentForm.FLEXIBLE, "自选时段，每次2-4小时", 10, 40, 62, MEDIUM, "FT",
                    ACCIDENT, "AE", "上门打扫、整理收纳、做家常饭，就近派单，公司统一购买意外险。"),
            new Row(1, "住家保姆（照护老人）", Category.HOUSEKEEPING, "371071", "高区怡园街道", 37.5302, 122.0621,
                    5000, 6500, MONTH, EmploymentForm.FULL_TIME, "住家，每月休4天", 4, 40, 58, MEDIUM, "MR",
                    ACCIDENT, "E", "照顾一位八旬老人日常起居和三餐，雇主家在高区，交通便利。"),
            new Row(1, "月嫂（持证优先）", Category.HOUSEKEEPING, "371002", "环翠区各小区上门", 37.4987, 122.1190,
                    8000, 12000, MONTH, EmploymentForm.FULL_TIME, "26天一单，住家", 3, 35, 55, MEDIUM, "MR",
                    ACCIDENT, "E", "产妇和新生儿护理，公司提供免费技能提升培训。"),
            new Row(1, "家政服务员培训助教", Category.HOUSEKEEPING, "371071", "高区文化中路135号", 37.5231, 122.0502,
                    150, 200, DAY, EmploymentForm.PART_TIME, "每周二、四上午", 2, 50, 65, LOW, "SNF",
                    ACCIDENT, "AE", "协助老师带家政服务员实操课，有多年家政经验的阿姨优先。"),
            new Row(2, "康养中心健康照护师", Category.HEALTH_CARE, "371082", "荣成市成山大道南段66号", 37.1593, 122.4862,
                    4200, 5200, MONTH, EmploymentForm.FULL_TIME, "两班倒 7:00-19:00", 4, 35, 55, MEDIUM, "MR",
                    INJURY, "E", "为康养老人提供健康照护、协助康复训练，中心提供食宿。"),
            new Row(2, "康复辅具咨询员", Category.HEALTH_CARE, "371082", "荣成市成山大道南段66号", 37.1593, 122.4862,
                    3000, 3800, MONTH, EmploymentForm.PART_TIME, "周一至周五 9:00-15:00", 1, 50, 65, LOW, "SNT",
                    INJURY, "AE", "为老人及家属讲解轮椅、助行器等辅具的选配和使用，坐姿工作为主。"),
            new Row(2, "保健按摩师", Category.HEALTH_CARE, "371082", "荣成市石岛管理区康养馆", 36.8917, 122.4195,
                    4000, 6000, MONTH, EmploymentForm.FULL_TIME, "10:00-20:00 轮休", 2, 30, 58, MEDIUM, "MR",
                    ACCIDENT, "E", "持保健按摩师证书，为康养客人提供保健按摩服务。"),
            new Row(2, "康养餐厅营养配餐员", Category.CATERING, "371082", "荣成市成山大道南段66号", 37.1593, 122.4862,
                    3500, 4200, MONTH, EmploymentForm.FULL_TIME, "6:00-14:00 无夜班", 2, 40, 60, MEDIUM, "NM",
                    INJURY, "AE", "按老人饮食要求搭配营养餐，有食堂或饭店经验者优先。"),
            new Row(3, "社区网格员", Category.COMMUNITY_SERVICE, "371002", "环翠区竹岛街道海港社区", 37.4853, 122.1432,
                    2400, 2800, MONTH, EmploymentForm.PART_TIME, "周一至周五 上午", 4, 50, 65, LOW, "NFT",
                    INJURY, "A", "走访网格内住户，登记信息、反映问题，熟悉本社区的居民优先，家门口就业。"),
            new Row(3, "以老助老服务岗", Category.COMMUNITY_SERVICE, "371002", "环翠区竹岛街道海港社区", 37.4853, 122.1432,
                    20, 25, HOUR, EmploymentForm.FLEXIBLE, "每周10-20小时，时间自定", 8, 50, 70, LOW, "NFT",
                    INJURY, "A", "为社区高龄独居老人代购、陪诊、电话问候，低龄老人服务高龄老人。"),
            new Row(3, "社区微工厂手工编织", Category.MANUFACTURING, "371002", "海港社区微工厂（活动室二楼）", 37.4858, 122.1427,
                    2, 8, PayUnit.PIECE, EmploymentForm.FLEXIBLE, "白天随到随做", 15, 45, 75, LOW, "SNF",
                    ACCIDENT, "A", "编织渔网工艺品和手工挂件，按件计酬，材料社区提供，坐着就能干。"),
            new Row(3, "社区公益性岗位·保洁员", Category.CLEANING_GREENING, "371002", "海港社区各楼院", 37.4849, 122.1440,
                    2100, 2100, MONTH, EmploymentForm.PART_TIME, "每天6:00-9:00", 3, 50, 60, MEDIUM, "NT",
                    INJURY, "A", "公益性岗位，负责社区公共区域卫生，优先安置就业困难人员。"),
            new Row(4, "刘公岛景区讲解员（返聘）", Category.CULTURE_TOURISM, "371002", "刘公岛景区", 37.5036, 122.1862,
                    200, 300, DAY, EmploymentForm.REHIRE, "旅游旺季，每周3-5天", 4, 50, 68, LOW, "NMR",
                    INJURY, "AE", "讲解甲午战争历史和岛上文物，退休教师、文史工作者优先，提供讲解词培训。"),
            new Row(4, "景区检票导引员", Category.CULTURE_TOURISM, "371002", "刘公岛码头", 37.5089, 122.1321,
                    2800, 3300, MONTH, EmploymentForm.SEASONAL, "4月至10月 8:00-16:00", 6, 45, 62, LOW, "NTM",
                    INJURY, "AE", "码头检票、引导游客排队登船，季节性用工。"),
            new Row(4, "文创店收银员", Category.RETAIL, "371002", "刘公岛景区文创店", 37.5031, 122.1857,
                    2700, 3200, MONTH, EmploymentForm.FULL_TIME, "8:30-16:30", 2, 40, 60, LOW, "SNM",
                    INJURY, "AE", "收银、整理货架，会用智能手机扫码收款即可，坐姿工作。"),
            new Row(5, "福利中心护理员", Category.ELDERLY_CARE, "371003", "文登区龙山路20号", 37.1962, 122.0581,
                    3600, 4300, MONTH, EmploymentForm.FULL_TIME, "三班倒", 6, 35, 58, MEDIUM, "MR",
                    INJURY, "AE", "公办福利中心招聘护理员，缴纳工伤保险，提供住宿和工作餐。"),
            new Row(5, "老年大学书法兼职教师", Category.CONSULTING, "371003", "文登区老年大学", 37.2005, 122.0533,
                    100, 150, HOUR, EmploymentForm.REHIRE, "每周二、五下午", 2, 55, 72, LOW, "SNFT",
                    INJURY, "A", "给老年大学学员上书法课，退休教师、书法家协会会员优先。"),
            new Row(5, "福利中心门卫", Category.SECURITY_GATE, "371003", "文登区龙山路20号", 37.1962, 122.0581,
                    2300, 2600, MONTH, EmploymentForm.FULL_TIME, "白班 7:00-19:00", 2, 50, 63, LOW, "SNM",
                    INJURY, "A", "来访登记、车辆引导，白班为主不值夜，适合身体健康的大龄男女。"),
            new Row(5, "营养食堂面点师", Category.CATERING, "371003", "文登区龙山路20号", 37.1962, 122.0581,
                    3300, 3900, MONTH, EmploymentForm.FULL_TIME, "5:30-13:30", 1, 40, 60, MEDIUM, "NM",
                    INJURY, "AE", "制作馒头、包子等面点，会做胶东花饽饽优先。"),
            new Row(6, "小区停车管理员", Category.PROPERTY, "371083", "乳山市银滩海景小区", 36.8645, 121.6421,
                    2200, 2500, MONTH, EmploymentForm.FULL_TIME, "白班 8:00-17:00", 3, 50, 65, LOW, "SNM",
                    INJURY, "A", "引导车辆停放、收取临时停车费，岗亭内坐姿工作为主。"),
            new Row(6, "物业客服前台", Category.PROPERTY, "371083", "乳山市胜利街128号", 36.9195, 121.5378,
                    2500, 2900, MONTH, EmploymentForm.FULL_TIME, "8:30-17:30", 1, 40, 60, LOW, "SNT",
                    ACCIDENT, "A", "接待业主报修、收费登记，会基本电脑操作。"),
            new Row(6, "园林绿化养护工", Category.CLEANING_GREENING, "371083", "乳山市银滩各小区", 36.8651, 121.6399,
                    120, 150, DAY, EmploymentForm.SEASONAL, "3月至11月 6:30-11:30", 5, 45, 65, MEDIUM, "NF",
                    INJURY, "A", "修剪草坪、浇水施肥，上午干活下午休息，夏季避开高温时段。"),
            new Row(6, "小区保洁员", Category.CLEANING_GREENING, "371083", "乳山市银滩海景小区", 36.8645, 121.6421,
                    2000, 2400, MONTH, EmploymentForm.PART_TIME, "每天6:00-11:00", 4, 45, 65, MEDIUM, "NT",
                    INJURY, "A", "负责楼道和公共区域卫生，离家近的优先。"),
            new Row(7, "水产品分拣工", Category.AGRICULTURE_FISHERY, "371073", "临港区苘山镇工业园16号", 37.3338, 121.9796,
                    150, 180, DAY, EmploymentForm.SEASONAL, "渔汛期 7:00-15:00", 20, 40, 62, MEDIUM, "NM",
                    INJURY, "A", "海参、扇贝分拣分级，坐着操作，班车接送，渔汛期集中用工。"),
            new Row(7, "质检员（返聘）", Category.CONSULTING, "371073", "临港区苘山镇工业园16号", 37.3338, 121.9796,
                    4000, 5000, MONTH, EmploymentForm.REHIRE, "周一至周五 8:00-16:00", 1, 50, 65, LOW, "SNM",
                    INJURY, "A", "水产品加工质量抽检与记录，食品厂退休质检人员优先，带带年轻人。"),
            new Row(7, "仓库管理员", Category.LOGISTICS, "371073", "临港区苘山镇工业园16号", 37.3338, 121.9796,
                    3000, 3500, MONTH, EmploymentForm.FULL_TIME, "8:00-17:00", 1, 40, 60, LOW, "SNM",
                    INJURY, "A", "冷库出入库登记、盘点，有叉车工协助，不用搬重物。"),
            new Row(7, "缝纫工（渔具网衣）", Category.MANUFACTURING, "371073", "临港区汪疃镇网具车间", 37.3012, 121.9522,
                    3,  6, PayUnit.PIECE, EmploymentForm.FLEXIBLE, "白天，可带回家做", 10, 45, 70, LOW, "SNF",
                    ACCIDENT, "A", "缝补网衣、装配渔具，按件计酬，熟练工一天可做两三百元。"),
            new Row(1, "陪诊员", Category.HEALTH_CARE, "371072", "经区各医院", 37.4523, 122.1790,
                    80, 120, PayUnit.HOUR, EmploymentForm.FLEXIBLE, "按订单，白天为主", 6, 45, 65, LOW, "FT",
                    ACCIDENT, "AE", "陪同老人挂号、取药、检查，熟悉威海各大医院流程者优先。"),
            new Row(0, "助餐点配送员", Category.COMMUNITY_SERVICE, "371072", "经区皇冠街道长者食堂", 37.4611, 122.1702,
                    1800, 2200, MONTH, EmploymentForm.PART_TIME, "每天10:30-13:00", 3, 50, 65, LOW, "NFTM",
                    INJURY, "AE", "给周边行动不便的老人送午餐，电动车由食堂提供，片区内步行可达。"));

    static JobDraft draft(Row row) {
        return new JobDraft(row.title(), null, row.category(), row.description(), row.district(), row.address(),
                BigDecimal.valueOf(row.lat()), BigDecimal.valueOf(row.lon()), row.payMin(), row.payMax(), row.unit(),
                row.form(), row.schedule(), row.headcount(), row.ageMin(), row.ageMax(), row.demand(),
                features(row.features()), row.protection(), zones(row.zones()), Dates.today().plusMonths(3));
    }

    /** A job whose description holds a word the simulated text check calls risky: it waits for staff. */
    static JobDraft heldForReview() {
        return new JobDraft("居家电话回访员", null, Category.OTHER, "电话回访老客户，推荐理财产品，高额返利，日结工资。", "371002",
                "环翠区文化西路88号", BigDecimal.valueOf(37.5061), BigDecimal.valueOf(122.1008), 100, 150, DAY,
                EmploymentForm.FLEXIBLE, "每天上午 9:00-11:30", 2, 45, 65, LOW, features("SF"), ACCIDENT, zones("A"),
                Dates.today().plusMonths(1));
    }

    /** A job the care home is still writing, kept as a draft. */
    static JobDraft draftOnly() {
        return new JobDraft("助浴员（草稿）", null, Category.ELDERLY_CARE, "协助护理员为失能老人助浴，岗前培训两周。", "371002",
                "环翠区文化西路88号", BigDecimal.valueOf(37.5061), BigDecimal.valueOf(122.1008), 3600, 4200, MONTH,
                EmploymentForm.FULL_TIME, "周一至周五 8:00-16:00", 2, 40, 58, MEDIUM, features("NMR"), INJURY,
                zones("AE"), Dates.today().plusMonths(2));
    }

    private static Set<Feature> features(String initials) {
        return initials.chars().mapToObj(c -> switch (c) {
            case 'S' -> Feature.SEATED_WORK;
            case 'N' -> Feature.NO_NIGHT_SHIFT;
            case 'F' -> Feature.FLEXIBLE_HOURS;
            case 'T' -> Feature.NEAR_TRANSIT;
            case 'M' -> Feature.MEALS_PROVIDED;
            case 'R' -> Feature.TRAINING_PROVIDED;
            default -> throw new IllegalArgumentException("Unknown feature initial " + (char) c);
        }).collect(Collectors.toCollection(() -> EnumSet.noneOf(Feature.class)));
    }

    private static Set<Zone> zones(String initials) {
        return Arrays.stream(initials.split("")).map(z -> z.equals("A") ? Zone.SILVER_TALENT : Zone.SILVER_ECONOMY)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Zone.class)));
    }
}
