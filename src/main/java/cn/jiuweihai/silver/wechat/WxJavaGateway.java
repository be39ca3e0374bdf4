package cn.jiuweihai.silver.wechat;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.binarywang.wx.miniapp.api.impl.WxMaServiceImpl;
import cn.binarywang.wx.miniapp.bean.WxMaJscode2SessionResult;
import cn.binarywang.wx.miniapp.bean.WxMaPhoneNumberInfo;
import cn.binarywang.wx.miniapp.bean.WxMaSubscribeMessage;
import cn.binarywang.wx.miniapp.bean.security.WxMaMsgSecCheckCheckRequest;
import cn.binarywang.wx.miniapp.bean.security.WxMaMsgSecCheckCheckResponse;
import cn.binarywang.wx.miniapp.config.impl.WxMaDefaultConfigImpl;
import io.quarkus.arc.properties.UnlessBuildProperty;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.util.http.apache.DefaultApacheHttpClientBuilder;

/** Reaches the real WeChat API (or the fake one tests point it at) through WxJava. */
@ApplicationScoped
@UnlessBuildProperty(name = "silver.wechat.simulated", stringValue = "true", enableIfMissing = true)
class WxJavaGateway implements WeChatGateway {

    private static final int RETRY_SLEEP_MILLIS = 300;
    /** msgSecCheck scene 3 (论坛): public posts that others read, which is what a job posting is. */
    private static final int FORUM_SCENE = 3;

    private final WxMaService service;

    WxJavaGateway(WeChatConfig config) {
        this.service = buildService(config);
    }

    @Override
    public WeChatIdentity exchangeLoginCode(String code) {
        try {
            WxMaJscode2SessionResult session = service.getUserService().getSessionInfo(code);
            return new WeChatIdentity(session.getOpenid(), session.getUnionid());
        } catch (WxErrorException e) {
            int errcode = e.getError().getErrorCode();
            Log.warnf("WeChat refused a login code exchange: errcode %d", errcode);
            throw WeChatProblems.forLogin(errcode);
        } catch (RuntimeException e) {
            Log.warnf("WeChat unreachable during login: %s", e.getClass().getSimpleName());
            throw WeChatProblems.unavailable();
        }
    }

    @Override
    public SendResult sendSubscribeMessage(SubscribeMessage message) {
        try {
            service.getSubscribeService().sendSubscribeMsg(toWxJava(message));
            return SendResult.sent();
        } catch (WxErrorException e) {
            int errcode = e.getError().getErrorCode();
            if (errcode != SendResult.USER_REFUSED) {
                Log.warnf("WeChat refused a subscribe message of template %s: errcode %d", message.templateId(),
                        errcode);
            }
            return SendResult.ofError(errcode);
        } catch (RuntimeException e) {
            Log.warnf("WeChat unreachable while sending a subscribe message: %s", e.getClass().getSimpleName());
            return SendResult.unreachable();
        }
    }

    private static WxMaSubscribeMessage toWxJava(SubscribeMessage message) {
        // The no-argument constructor fills miniprogram_state "formal" and lang "zh_CN".
        WxMaSubscribeMessage wx = new WxMaSubscribeMessage();
        wx.setToUser(message.openid());
        wx.setTemplateId(message.templateId());
        wx.setPage(message.page());
        message.data().forEach((name, value) -> wx.addData(new WxMaSubscribeMessage.MsgData(name, value)));
        return wx;
    }

    @Override
    public WeChatPhone exchangePhoneCode(String code) {
        WxMaPhoneNumberInfo info;
        try {
            info = service.getUserService().getPhoneNumber(code);
        } catch (WxErrorException e) {
            int errcode = e.getError().getErrorCode();
            Log.warnf("WeChat refused a phone code exchange: errcode %d", errcode);
            throw WeChatProblems.forPhone(errcode);
        } catch (RuntimeException e) {
            Log.warnf("WeChat unreachable during phone exchange: %s", e.getClass().getSimpleName());
            throw WeChatProblems.phoneUnavailable();
        }
        // WxJava answers null, without an error, when WeChat's reply has no phone_info.
        if (info == null || info.getPurePhoneNumber() == null) {
            Log.warn("WeChat answered a phone code exchange without a phone number");
            throw WeChatProblems.phoneUnavailable();
        }
        return new WeChatPhone(info.getPurePhoneNumber(), info.getCountryCode());
    }

    @Override
    public TextVerdict checkText(String openid, String title, String content) {
        WxMaMsgSecCheckCheckRequest request = WxMaMsgSecCheckCheckRequest.builder()
                .version("2").scene(FORUM_SCENE).openid(openid).title(title).content(content).build();
        try {
            WxMaMsgSecCheckCheckResponse response = service.getSecurityService().checkMessage(request);
            return TextVerdicts.of(response.getResult() == null ? null : response.getResult().getSuggest());
        } catch (WxErrorException e) {
            Log.warnf("WeChat refused a text security check: errcode %d", e.getError().getErrorCode());
            return TextVerdict.UNVERIFIED;
        } catch (RuntimeException e) {
            Log.warnf("WeChat unreachable during a text security check: %s", e.getClass().getSimpleName());
            return TextVerdict.UNVERIFIED;
        }
    }

    private static WxMaService buildService(WeChatConfig config) {
        WxMaDefaultConfigImpl wx = new WxMaDefaultConfigImpl();
        wx.setAppid(config.appId());
        wx.setSecret(config.secret());
        wx.setApiHostUrl(config.apiHost());

        int timeoutMillis = (int) config.timeout().toMillis();
        DefaultApacheHttpClientBuilder http = DefaultApacheHttpClientBuilder.get();
        http.setConnectionTimeout(timeoutMillis);
        http.setSoTimeout(timeoutMillis);
        http.setConnectionRequestTimeout(timeoutMillis);
        wx.setApacheHttpClientBuilder(http);

        WxMaServiceImpl service = new WxMaServiceImpl();
        service.setWxMaConfig(wx);
        // One quick retry when WeChat says "busy"; a login must not hang for half a minute.
        service.setMaxRetryTimes(1);
        service.setRetrySleepMillis(RETRY_SLEEP_MILLIS);
        return service;
    }
}
