package cn.jiuweihai.silver.seeker;

import cn.jiuweihai.silver.common.ProblemException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The rows of an uploaded CSV or XLSX file as text. The kind is told by the content, not the
 * name: an .xlsx is a zip, an old .xls is refused with advice, anything else must be text
 * (UTF-8, or GB18030 as Excel on a Chinese Windows saves CSV).
 */
final class UploadedTable {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final char BOM = '\uFEFF';

    private UploadedTable() {
    }

    /** Every row, the header first; each row's cells as trimmed text. */
    static List<List<String>> read(byte[] content) {
        if (startsWith(content, ZIP)) {
            return xlsx(content);
        }
        if (startsWith(content, OLE2)) {
            throw unsupported("这是旧版 Excel（.xls）文件，请在 Excel 中“另存为” .xlsx 或 .csv 后再上传");
        }
        return csv(text(content));
    }

    private static List<List<String>> xlsx(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                rows.add(cells(sheet.getRow(r), formatter));
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw unsupported("无法读取这个 Excel 文件，请确认是 .xlsx 格式且没有加密");
        }
    }

    private static List<String> cells(Row row, DataFormatter formatter) {
        List<String> cells = new ArrayList<>();
        if (row == null) {
            return cells;
        }
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
        }
        return cells;
    }

    private static String text(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                throw unsupported("只能上传 .csv 或 .xlsx 格式的登记表");
            }
        }
        String text = decode(content, StandardCharsets.UTF_8);
        if (text == null) {
            text = decode(content, Charset.forName("GB18030"));
        }
        if (text == null) {
            throw unsupported("无法识别这个 CSV 文件的文字编码，请另存为 UTF-8 编码的 CSV");
        }
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    private static String decode(byte[] content, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** RFC 4180: commas, quoted fields with doubled quotes inside, CRLF or LF line ends. */
    static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString().strip());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString().strip());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString().strip());
            rows.add(row);
        }
        return rows;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static ProblemException unsupported(String detail) {
        return new ProblemException(415, "UPLOAD_TYPE_UNSUPPORTED", "文件格式不支持", detail);
    }
}
