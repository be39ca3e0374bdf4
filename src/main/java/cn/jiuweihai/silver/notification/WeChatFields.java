package cn.jiuweihai.silver.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills a template's fields and shortens each value to what WeChat accepts for its type, since
 * a longer one is refused (47003) rather than cut.
 */
final class WeChatFields {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private static final String ELLIPSIS = "…";

    private WeChatFields() {
    }

    /** The template's fields in order, given one value per field; blank values become "-". */
    static Map<String, String> fill(SubscribeTemplate template, List<String> values) {
        if (values.size() != template.fields.size()) {
            throw new IllegalArgumentException("template " + template + " takes " + template.fields.size()
                    + " values");
        }
        Map<String, String> data = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, FieldType> field : template.fields.entrySet()) {
            data.put(field.getKey(), shorten(field.getValue(), values.get(i++)));
        }
        return data;
    }

    /** A value cut to the field's limit, counting characters as WeChat does (code points). */
    static String shorten(FieldType type, String value) {
        String text = value == null || value.isBlank() ? "-" : value.strip().replaceAll("\\s+", " ");
        int length = text.codePointCount(0, text.length());
        if (length <= type.maxChars) {
            return text;
        }
        if (type == FieldType.CHARACTER_STRING || type == FieldType.TIME) {
            return prefix(text, type.maxChars);
        }
        return prefix(text, type.maxChars - 1) + ELLIPSIS;
    }

    /** An instant as WeChat's time fields show it, in Weihai's time zone. */
    static String time(Instant instant) {
        return TIME.format(instant);
    }

    private static String prefix(String text, int codePoints) {
        return text.substring(0, text.offsetByCodePoints(0, codePoints));
    }
}
