package cn.jiuweihai.silver.seeker;

import static cn.jiuweihai.silver.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jiuweihai.silver.testing.FakeWeChatResource;
import cn.jiuweihai.silver.testing.People;
import cn.jiuweihai.silver.testing.Staff;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(FakeWeChatResource.class)
class BulkUploadTest {

    static final String UPLOADS = "/api/v1/admin/seekers/uploads";
    static final String HEADER = "姓名,身份证号码,手机号码,区市,街道社区,本人签字同意,登记表编号";
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    @Inject
    EntityManager em;

    @Test
    void thousandRowsWithFiftyBadStoreNineHundredFiftyAndReportFiftyThenNothingNewTheSecondTime() {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        List<Integer> badRows = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            boolean bad = i % 20 == 7;
            lines.add(bad ? badRow(i) : goodRow(i));
            if (bad) {
                badRows.add(i + 2);
            }
        }
        byte[] file = String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);
        String staff = Staff.cityWide();
        long before = bulkRegistered();

        Response first = upload(staff, "登记表.csv", file);

        first.then().statusCode(200)
                .body("totalRows", equalTo(1000))
                .body("stored", equalTo(950))
                .body("failed", equalTo(50))
                .body("alreadyRegistered", equalTo(0))
                .body("rows", hasSize(1000));
        List<Map<String, Object>> failed = first.jsonPath().getList("rows.findAll { it.outcome == 'FAILED' }");
        assertEquals(badRows, failed.stream().map(r -> (Integer) r.get("row")).toList());
        for (Map<String, Object> row : failed) {
            List<?> problems = (List<?>) row.get("problems");
            assertFalse(problems.isEmpty(), "row " + row.get("row") + " says why");
            problems.forEach(p -> assertTrue(CHINESE.matcher(p.toString()).find(), p.toString()));
        }
        assertEquals(before + 950, bulkRegistered());

        Response second = upload(staff, "登记表.csv", file);

        second.then().statusCode(200)
                .body("stored", equalTo(0))
                .body("alreadyRegistered", equalTo(950))
                .body("failed", equalTo(50));
        assertEquals(before + 950, bulkRegistered());
    }

    @Test
    void eachBadRowSaysWhatIsWrongInPlainChinese() {
        String csv = String.join("\n", HEADER,
                row("李红", IdNumber.complete("37100219630229022"), People.phone(), "环翠区", "是"),
                row("李红", People.idNumberAged(60), "1234567", "环翠区", "是"),
                row("李红", People.idNumberAged(60), People.phone(), "济南市", "是"),
                row("李红", People.idNumberAged(60), People.phone(), "环翠区", "否"),
                row("", People.idNumberAged(60), People.phone(), "371002", "是"));

        Response report = upload(Staff.cityWide(), "a.csv", csv.getBytes(StandardCharsets.UTF_8));

        report.then().statusCode(200).body("failed", equalTo(5))
                .body("rows[0].problems", contains("身份证号码中的出生日期不存在，请核对第7到14位"))
                .body("rows[1].problems", contains("请填写11位手机号码，例如 138 1234 5678"))
                .body("rows[2].problems", contains("请选择威海市的区市或开发区"))
                .body("rows[3].problems", contains("没有本人签字同意，不能代为登记（“本人签字同意”一栏请填“是”）"))
                .body("rows[4].problems", contains("请填写姓名"));
    }

    @Test
    void samePersonTwiceInOneFileIsStoredOnce() {
        String id = People.idNumberAged(66);
        String csv = String.join("\n", HEADER, row("周敏", id, People.phone(), "文登区", "是"),
                row("周敏", id.substring(0, 17) + id.substring(17).toLowerCase(), People.phone(), "文登区", "是"));

        upload(Staff.cityWide(), "a.csv", csv.getBytes(StandardCharsets.UTF_8)).then().statusCode(200)
                .body("stored", equalTo(1))
                .body("rows[1].problems", contains("与第2行是同一个人（身份证号码相同）"));
    }

    @Test
    void readsAnExcelWorkbookAndACsvSavedByChineseExcel() throws IOException {
        byte[] xlsx = workbook(List.of(HEADER.split(","),
                new String[] {"吴建华", People.idNumberAged(58), People.phone(), "荣成市", "宁津街道", "是", "R-1"}));
        upload(Staff.cityWide(), "登记表.xlsx", xlsx).then().statusCode(200).body("stored", equalTo(1));

        String csv = String.join("\r\n", HEADER, row("郑淑珍", People.idNumberAged(59), People.phone(), "乳山市", "是"));
        upload(Staff.cityWide(), "gbk.csv", csv.getBytes(Charset.forName("GB18030"))).then().statusCode(200)
                .body("stored", equalTo(1)).body("rows[0].realName", equalTo("郑淑珍"));
    }

    @Test
    void wrongFileTypesAreRefusedWithAdvice() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};
        assertProblem(upload(Staff.cityWide(), "old.xls", xls), 415, "UPLOAD_TYPE_UNSUPPORTED");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0};
        assertProblem(upload(Staff.cityWide(), "photo.png", png), 415, "UPLOAD_TYPE_UNSUPPORTED");
        byte[] brokenZip = {0x50, 0x4B, 0x03, 0x04, 1, 2, 3};
        assertProblem(upload(Staff.cityWide(), "x.xlsx", brokenZip), 415, "UPLOAD_TYPE_UNSUPPORTED");
    }

    @Test
    void aTableWithoutTheRequiredColumnsIsRefusedNamingThem() {
        byte[] csv = "姓名,电话\n王芳,13900000000".getBytes(StandardCharsets.UTF_8);

        assertProblem(upload(Staff.cityWide(), "a.csv", csv), 400, "UPLOAD_COLUMNS_MISSING")
                .body("detail", org.hamcrest.Matchers.containsString("身份证号码"));
    }

    @Test
    void aFileOverOneMegabyteIsRefused() {
        byte[] big = (HEADER + "\n" + "x".repeat(1024 * 1024 + 10)).getBytes(StandardCharsets.UTF_8);

        assertProblem(upload(Staff.cityWide(), "big.csv", big), 413, "UPLOAD_TOO_LARGE");
    }

    @Test
    void uploadWithoutAFileOrPrivacyVersionIsRefused() {
        assertProblem(given().auth().oauth2(Staff.cityWide()).multiPart("privacyVersion", "2026-12").post(UPLOADS),
                400, "UPLOAD_FILE_REQUIRED");
        byte[] csv = (HEADER + "\n" + row("李红", People.idNumberAged(60), People.phone(), "环翠区", "是"))
                .getBytes(StandardCharsets.UTF_8);
        assertProblem(given().auth().oauth2(Staff.cityWide()).multiPart("file", "a.csv", csv, "text/csv")
                .multiPart("privacyVersion", "2020-01").post(UPLOADS), 400, "PRIVACY_VERSION_OUTDATED");
    }

    static Response upload(String token, String name, byte[] content) {
        return given().auth().oauth2(token).multiPart("file", name, content, "application/octet-stream")
                .multiPart("privacyVersion", "2026-12").when().post(UPLOADS);
    }

    private long bulkRegistered() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM seeker WHERE channel = 'BULK_UPLOAD' AND assisted_by IS NOT NULL"
                        + " AND consent_method = 'SIGNED_FORM'").getSingleResult()).longValue());
    }

    private static String goodRow(int i) {
        return row("居民" + i, People.idNumberAged(50 + i % 25), People.phone(), i % 2 == 0 ? "环翠区" : "371003",
                "是") + ",第" + i + "号";
    }

    /** Fifty ways a paper form goes wrong, in turn: checksum, date, phone, district, consent. */
    private static String badRow(int i) {
        String id = People.idNumberAged(60);
        return switch ((i / 20) % 5) {
            case 0 -> row("居民" + i, id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1'), People.phone(),
                    "环翠区", "是");
            case 1 -> row("居民" + i, IdNumber.complete("37100219630229022"), People.phone(), "环翠区", "是");
            case 2 -> row("居民" + i, id, "0631-5201234", "环翠区", "是");
            case 3 -> row("居民" + i, id, People.phone(), "青岛市", "是");
            default -> row("居民" + i, id, People.phone(), "环翠区", "");
        };
    }

    private static String row(String name, String id, String phone, String district, String consent) {
        return String.join(",", name, id, phone, district, "\"西门社区, 3号楼\"", consent);
    }

    private static byte[] workbook(List<String[]> rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("登记表");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).length; c++) {
                    row.createCell(c).setCellValue(rows.get(r)[c]);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
