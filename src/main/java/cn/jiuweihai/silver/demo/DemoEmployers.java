package cn.jiuweihai.silver.demo;

import cn.jiuweihai.silver.employer.EmployerType;
import cn.jiuweihai.silver.employer.Industry;
import java.util.List;

/** Demo employers: care homes, housekeeping, a community, tourism, a public body, industry. */
final class DemoEmployers {

    private DemoEmployers() {
    }

    record Row(String name, String codeFirst17, EmployerType type, Industry industry, boolean silverEconomy,
            String district, String address, String contactName, String contactPhone, boolean verified) {
    }

    static final List<Row> ROWS = List.of(
            new Row("威海市环翠区颐养之家养老服务中心", "52371002MJD81234X", EmployerType.SOCIAL_ORGANISATION,
                    Industry.ELDERLY_CARE, true, "371002", "环翠区文化西路88号", "孙主任", "13906301001", true),
            new Row("威海好帮手家政服务有限公司", "91371000MA3C7K2L5", EmployerType.ENTERPRISE,
                    Industry.HOUSEKEEPING, true, "371071", "高区文化中路135号", "李经理", "13906301002", true),
            new Row("荣成市海颐康养中心有限公司", "91371082MA3D2P8N1", EmployerType.ENTERPRISE,
                    Industry.HEALTH_CARE, true, "371082", "荣成市成山大道南段66号", "王院长", "13906301003", true),
            new Row("威海市环翠区竹岛街道海港社区居民委员会", "57371002MEA45678Q", EmployerType.COMMUNITY,
                    Industry.PUBLIC_SERVICE, false, "371002", "环翠区海港路12号", "陈书记", "13906301004", true),
            new Row("威海刘公岛文化旅游有限公司", "91371002MA3B9Q4W7", EmployerType.ENTERPRISE,
                    Industry.CULTURE_TOURISM, true, "371002", "环翠区海滨北路刘公岛码头", "周经理", "13906301005", true),
            new Row("威海市文登区社会福利中心", "12371003MB1922345", EmployerType.PUBLIC_BODY,
                    Industry.ELDERLY_CARE, true, "371003", "文登区龙山路20号", "吴科长", "13906301006", true),
            new Row("乳山市银滩物业管理有限公司", "91371083MA3E6T1R3", EmployerType.ENTERPRISE,
                    Industry.PROPERTY_SERVICES, false, "371083", "乳山市银滩旅游度假区海景路8号", "郑经理", "13906301007", true),
            new Row("威海临港区鑫海水产食品有限公司", "91371073MA3F0H6J9", EmployerType.ENTERPRISE,
                    Industry.MANUFACTURING, false, "371073", "临港区苘山镇工业园16号", "冯厂长", "13906301008", true),
            new Row("威海经区乐龄餐饮管理有限公司", "91371072MA3G5M2C4", EmployerType.ENTERPRISE,
                    Industry.CATERING, true, "371072", "经区海滨南路36号", "韩经理", "13906301009", false));
}
