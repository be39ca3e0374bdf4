package cn.jiuweihai.silver.notification;

import java.util.List;

/**
 * An event to tell someone about: the in-app text, what it is about, and the values of the
 * subscribe-message fields in the order of the kind's template.
 *
 * @param refType what the notice is about: {@code APPLICATION} or {@code INVITATION}
 * @param page the mini-program page the WeChat message opens
 */
public record NoticeDraft(NoticeKind kind, String refType, long refId, String title, String body,
        List<String> fieldValues, String page) {

    @Override
    public String toString() {
        return "NoticeDraft[" + kind + " " + refType + " " + refId + "]";
    }
}
