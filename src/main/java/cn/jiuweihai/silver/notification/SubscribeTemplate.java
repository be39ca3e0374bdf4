package cn.jiuweihai.silver.notification;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The subscribe-message templates the service sends, with the keyword layout each expects.
 * Their WeChat template ids come from configuration ({@code silver.notification.templates.KEY}).
 */
public enum SubscribeTemplate {
    /** To the employer: someone applied to one of its jobs. */
    APPLICATION_RECEIVED("application-received", "thing1", FieldType.THING, "thing2", FieldType.THING,
            "time3", FieldType.TIME),
    /** To the seeker: the application moved (viewed, interview with time and place, hired, not taken). */
    APPLICATION_PROGRESS("application-progress", "thing1", FieldType.THING, "phrase2", FieldType.PHRASE,
            "thing3", FieldType.THING),
    /** To the seeker: an employer invites them to a job. */
    INVITATION("invitation", "thing1", FieldType.THING, "thing2", FieldType.THING, "time3", FieldType.TIME),
    /** To the employer: the seeker accepted or declined, or withdrew an application. */
    SEEKER_REPLY("seeker-reply", "thing1", FieldType.THING, "thing2", FieldType.THING, "phrase3", FieldType.PHRASE);

    final String key;
    final Map<String, FieldType> fields;

    SubscribeTemplate(String key, Object... layout) {
        this.key = key;
        Map<String, FieldType> ordered = new LinkedHashMap<>();
        for (int i = 0; i < layout.length; i += 2) {
            ordered.put((String) layout[i], (FieldType) layout[i + 1]);
        }
        this.fields = ordered;
    }

    static SubscribeTemplate byKey(String key) {
        for (SubscribeTemplate template : values()) {
            if (template.key.equals(key)) {
                return template;
            }
        }
        return null;
    }
}
