package cn.jiuweihai.silver.wechat;

import java.util.Map;

/**
 * One WeChat subscribe message (订阅消息): to whom, which template, the page it opens and the
 * template's fields, already shortened to WeChat's limits.
 */
public record SubscribeMessage(String openid, String templateId, String page, Map<String, String> data) {

    @Override
    public String toString() {
        return "SubscribeMessage[template=" + templateId + "]";
    }
}
