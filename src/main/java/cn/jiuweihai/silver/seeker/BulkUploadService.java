package cn.jiuweihai.silver.seeker;

import cn.jiuweihai.silver.common.HalfWidth;
import cn.jiuweihai.silver.common.Problem;
import cn.jiuweihai.silver.common.ProblemException;
import cn.jiuweihai.silver.reference.ReferenceData;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Paper registrations collected in communities, uploaded as a table. Each row goes through the
 * same checks as a registration made in the mini-program and is stored on its own, so one bad
 * row costs only itself; a person already registered is reported, never stored twice.
 */
@ApplicationScoped
class BulkUploadService {

    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_ROWS = 5000;
    private static final Set<String> YES = Set.of("是", "已签字", "同意", "Y", "YES");

    /** The columns of the upload template and the headings each may be given. */
    enum Column {
        NAME(true, "姓名"), ID_NUMBER(true, "身份证号码", "身份证号", "公民身份号码"),
        PHONE(true, "手机号码", "手机号", "联系电话"), DISTRICT(true, "区市", "居住区市", "所在区市"),
        STREET(false, "街道社区", "街道/社区", "街道"), CONSENT(true, "本人签字同意", "本人同意"),
        FORM_NUMBER(false, "登记表编号", "表格编号");

        final boolean required;
        final List<String> headings;

        Column(boolean required, String... headings) {
            this.required = required;
            this.headings = List.of(headings);
        }
    }

    private final StaffSeekerService staff;
    private final SeekerService seekers;
    private final SeekerRules rules;
    private final ReferenceData reference;
    private final Validator validator;

    BulkUploadService(StaffSeekerService staff, SeekerService seekers, SeekerRules rules, ReferenceData reference,
            Validator validator) {
        this.staff = staff;
        this.seekers = seekers;
        this.rules = rules;
        this.reference = reference;
        this.validator = validator;
    }

    UploadReport upload(long adminId, String adminDistrict, byte[] content, String privacyVersion) {
        if (content.length > MAX_BYTES) {
            throw new ProblemException(413, "UPLOAD_TOO_LARGE", "文件太大", "登记表文件最大1MB，请分成几个文件上传");
        }
        seekers.requireCurrentPrivacyVersion(privacyVersion, "privacyVersion");
        List<List<String>> table = UploadedTable.read(content);
        int header = firstFilledRow(table);
        Map<Column, Integer> columns = columns(table.get(header));
        if (table.stream().skip(header + 1L).filter(row -> !isBlank(row)).count() > MAX_ROWS) {
            throw ProblemException.badRequest("UPLOAD_TOO_MANY_ROWS", "行数太多", "一个文件最多5000行，请分成几个文件上传");
        }
        List<UploadReport.RowResult> results = new ArrayList<>();
        Map<String, Integer> seenInFile = new HashMap<>();
        for (int r = header + 1; r < table.size(); r++) {
            if (!isBlank(table.get(r))) {
                Map<Column, String> row = values(table.get(r), columns);
                results.add(store(r + 1, row, adminId, adminDistrict, privacyVersion, seenInFile));
            }
        }
        return report(adminId, results);
    }

    private UploadReport.RowResult store(int rowNumber, Map<Column, String> row, long adminId, String adminDistrict,
            String privacyVersion, Map<String, Integer> seenInFile) {
        String name = row.get(Column.NAME);
        SeekerRequests.Assisted request = request(row, privacyVersion);
        List<String> problems = check(request, row);
        if (!problems.isEmpty()) {
            return failed(rowNumber, name, problems);
        }
        Integer earlier = seenInFile.putIfAbsent(idKey(request.idNumber()), rowNumber);
        if (earlier != null) {
            return failed(rowNumber, name, List.of("与第" + earlier + "行是同一个人（身份证号码相同）"));
        }
        try {
            StaffSeekerViews.Summary stored = staff.registerAssisted(adminId, adminDistrict, request,
                    SeekerEnums.Channel.BULK_UPLOAD);
            return result(rowNumber, name, UploadReport.Outcome.STORED, stored.id(), List.of());
        } catch (ProblemException e) {
            if ("SEEKER_ID_NUMBER_TAKEN".equals(e.code())) {
                return result(rowNumber, name, UploadReport.Outcome.ALREADY_REGISTERED, null, List.of());
            }
            return failed(rowNumber, name, messages(e.toProblem()));
        }
    }

    private SeekerRequests.Assisted request(Map<Column, String> row, String privacyVersion) {
        String formNumber = row.get(Column.FORM_NUMBER);
        return new SeekerRequests.Assisted(row.get(Column.NAME), row.get(Column.ID_NUMBER), row.get(Column.PHONE),
                districtCode(row.get(Column.DISTRICT)), row.get(Column.STREET), privacyVersion,
                SeekerEnums.ConsentMethod.SIGNED_FORM, formNumber == null ? null : "纸质登记表 " + formNumber, null, null);
    }

    /** The bean-validation rules of the request, then the consent the paper form must carry. */
    private List<String> check(SeekerRequests.Assisted request, Map<Column, String> row) {
        List<String> problems = new ArrayList<>(validator.validate(request).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(ConstraintViolation::getMessage).toList());
        String consent = row.get(Column.CONSENT);
        if (consent == null || !YES.contains(HalfWidth.compact(consent).toUpperCase())) {
            problems.add("没有本人签字同意，不能代为登记（“本人签字同意”一栏请填“是”）");
        }
        return problems;
    }

    /** A district given by name (环翠区) or by code (371002); anything else fails the district rule. */
    private String districtCode(String cell) {
        if (cell == null) {
            return null;
        }
        return reference.districts().stream()
                .filter(d -> d.code().equals(cell) || d.name().equals(cell))
                .map(d -> d.code()).findFirst().orElse(cell);
    }

    private String idKey(String rawIdNumber) {
        try {
            return rules.idHash(rules.idNumber(rawIdNumber));
        } catch (ProblemException e) {
            return "unparsed:" + HalfWidth.compact(rawIdNumber).toUpperCase();
        }
    }

    private static Map<Column, Integer> columns(List<String> header) {
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        for (int i = 0; i < header.size(); i++) {
            String heading = HalfWidth.compact(header.get(i)).replace("*", "");
            for (Column column : Column.values()) {
                if (column.headings.contains(heading)) {
                    found.putIfAbsent(column, i);
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (Column column : Column.values()) {
            if (column.required && !found.containsKey(column)) {
                missing.add("“" + column.headings.get(0) + "”");
            }
        }
        if (!missing.isEmpty()) {
            throw ProblemException.badRequest("UPLOAD_COLUMNS_MISSING", "表格缺少必填的列",
                    "第一行应是表头，缺少这些列：" + String.join("、", missing) + "。请使用登记表模板");
        }
        return found;
    }

    private static Map<Column, String> values(List<String> cells, Map<Column, Integer> columns) {
        Map<Column, String> row = new EnumMap<>(Column.class);
        columns.forEach((column, index) -> {
            String value = index < cells.size() ? cells.get(index) : "";
            row.put(column, value.isBlank() ? null : value);
        });
        return row;
    }

    private static int firstFilledRow(List<List<String>> table) {
        for (int r = 0; r < table.size(); r++) {
            if (!isBlank(table.get(r))) {
                return r;
            }
        }
        throw ProblemException.badRequest("UPLOAD_EMPTY", "文件是空的", "上传的登记表里没有内容");
    }

    private static boolean isBlank(List<String> row) {
        return row.stream().allMatch(String::isBlank);
    }

    private static List<String> messages(Problem problem) {
        if (problem.violations() == null || problem.violations().isEmpty()) {
            return List.of(problem.detail());
        }
        return problem.violations().stream().map(Problem.Violation::message).toList();
    }

    private static UploadReport.RowResult failed(int row, String name, List<String> problems) {
        return result(row, name, UploadReport.Outcome.FAILED, null, problems);
    }

    private static UploadReport.RowResult result(int row, String name, UploadReport.Outcome outcome, Long seekerId,
            List<String> problems) {
        return new UploadReport.RowResult(row, name, outcome, outcome.label, seekerId, problems);
    }

    private static UploadReport report(long adminId, List<UploadReport.RowResult> rows) {
        int stored = count(rows, UploadReport.Outcome.STORED);
        int already = count(rows, UploadReport.Outcome.ALREADY_REGISTERED);
        int failed = count(rows, UploadReport.Outcome.FAILED);
        Log.infof("Staff %d uploaded %d rows: %d stored, %d already registered, %d failed", adminId, rows.size(),
                stored, already, failed);
        return new UploadReport(rows.size(), stored, already, failed, rows);
    }

    private static int count(List<UploadReport.RowResult> rows, UploadReport.Outcome outcome) {
        return (int) rows.stream().filter(r -> r.outcome() == outcome).count();
    }
}
