package cn.jiuweihai.silver.demo;

import cn.jiuweihai.silver.job.JobEnums.Category;
import cn.jiuweihai.silver.job.JobEnums.EmploymentForm;
import cn.jiuweihai.silver.job.JobEnums.PayUnit;
import cn.jiuweihai.silver.seeker.SeekerDetails;
import cn.jiuweihai.silver.seeker.SeekerEnums.PhysicalCapacity;
import cn.jiuweihai.silver.seeker.SeekerEnums.ScheduleSlot;
import cn.jiuweihai.silver.seeker.SeekerEnums.TitleLevel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** Demo seekers with full registrations: experience, wishes, pay, reach and home location. */
final class DemoSeekers {

    /** {@code idFirst17} is area, birth date and sequence (odd for men); occupation ids are V2's. */
    record Row(String code, String name, String idFirst17, String phone, String district, String street,
            SeekerDetails details) {
    }

    static final List<Row> ROWS = List.of(
            new Row(DemoData.SEEKER_CODE, "王秀兰", "37100219630512022", "13906310528", "371002",
                    "环翠楼街道 西门社区", details(List.of(experience(1, 6), experience(2, 10)),
                            Set.of(Category.ELDERLY_CARE, Category.HOUSEKEEPING),
                            Set.of(EmploymentForm.PART_TIME, EmploymentForm.FLEXIBLE),
                            Set.of(ScheduleSlot.WEEKDAYS, ScheduleSlot.MORNINGS), PhysicalCapacity.MEDIUM,
                            2500, 3, point("37.5133", "122.1204"), null)),
            new Row("demo-seeker-b", "张建国", "37108119580821021", "13863118807", "371003", "龙山街道",
                    details(List.of(experience(11, 4), experience(45, 30)), Set.of(Category.CONSULTING),
                            Set.of(EmploymentForm.REHIRE, EmploymentForm.PART_TIME), Set.of(ScheduleSlot.WEEKDAYS),
                            PhysicalCapacity.LOW, 5000, 20, point("37.1935", "122.0577"),
                            new SeekerDetails.RetiredProfessional("机械设计", TitleLevel.DEPUTY_SENIOR, "高级工程师"))),
            new Row("demo-seeker-c", "刘桂芳", "37108219661103024", "15163126690", "371082", "宁津街道 东墩社区",
                    details(List.of(experience(38, 12)), Set.of(Category.AGRICULTURE_FISHERY, Category.CATERING),
                            Set.of(EmploymentForm.SEASONAL, EmploymentForm.FLEXIBLE),
                            Set.of(ScheduleSlot.ANY_TIME), PhysicalCapacity.HIGH, 150, 10, null, null)),
            new Row("demo-seeker-d", "赵德明🌿", "37100219550217013", "18606319932", "371071", "田和街道",
                    details(List.of(experience(43, 8)), Set.of(Category.SECURITY_GATE, Category.COMMUNITY_SERVICE),
                            Set.of(EmploymentForm.PART_TIME), Set.of(ScheduleSlot.AFTERNOONS, ScheduleSlot.WEEKENDS),
                            PhysicalCapacity.LOW, 1800, 2, point("37.4953", "122.1839"), null)));

    private DemoSeekers() {
    }

    private static SeekerDetails details(List<SeekerDetails.Experience> occupations, Set<Category> categories,
            Set<EmploymentForm> forms, Set<ScheduleSlot> schedule, PhysicalCapacity capacity, int pay, int km,
            SeekerDetails.Location home, SeekerDetails.RetiredProfessional retired) {
        PayUnit unit = pay < 500 ? PayUnit.DAY : PayUnit.MONTH;
        return new SeekerDetails(occupations, categories, forms, schedule, capacity,
                new SeekerDetails.ExpectedPay(pay, unit), km, home, retired);
    }

    private static SeekerDetails.Experience experience(int occupationId, int years) {
        return new SeekerDetails.Experience(occupationId, null, years);
    }

    private static SeekerDetails.Location point(String latitude, String longitude) {
        return new SeekerDetails.Location(new BigDecimal(latitude), new BigDecimal(longitude));
    }
}
