package cn.jiuweihai.silver.notification;

import cn.jiuweihai.silver.wechat.SendResult;
import cn.jiuweihai.silver.wechat.SubscribeMessage;
import cn.jiuweihai.silver.wechat.WeChatGateway;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Works through the outbox: claims each due message, sends it through WeChat outside any
 * transaction, and records the outcome. Retries with exponential backoff; a refusal by the
 * user (43101) and a message WeChat will never take are not retried. Several instances may
 * run this at once: a message is claimed by one of them only.
 *
 * <p>Not yet: an instance that dies after WeChat took a message but before recording it leaves
 * the row claimed; once the lease runs out another instance sends it again (a second copy, never
 * a lost one). WeChat's send API has no idempotency key to close that window.
 */
@ApplicationScoped
@ActivateRequestContext
public class NoticeSender {

    private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() {
    };

    private final String instance = UUID.randomUUID().toString();
    private final OutboxRepository outbox;
    private final WeChatGateway weChat;
    private final NotificationConfig config;
    private final ObjectMapper json;

    NoticeSender(OutboxRepository outbox, WeChatGateway weChat, NotificationConfig config, ObjectMapper json) {
        this.outbox = outbox;
        this.weChat = weChat;
        this.config = config;
        this.json = json;
    }

    @Scheduled(every = "${silver.notification.send-every}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        sendDue();
    }

    /** Sends every message due now; returns how many WeChat accepted. */
    public int sendDue() {
        return sendDue(Instant.now());
    }

    int sendDue(Instant now) {
        int sent = 0;
        for (long id : outbox.dueIds(now, config.batchSize())) {
            Optional<OutboxRepository.Claimed> claimed = QuarkusTransaction.requiringNew()
                    .call(() -> outbox.claim(id, instance, now, now.plus(config.lease())));
            if (claimed.isPresent() && send(claimed.get(), now)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(OutboxRepository.Claimed message, Instant now) {
        String templateId = config.templates().get(message.templateKey());
        SendResult result = templateId == null ? SendResult.ofError(40037)
                : weChat.sendSubscribeMessage(new SubscribeMessage(message.openid(), templateId, message.page(),
                        fields(message.payload())));
        QuarkusTransaction.requiringNew().run(() -> record(message, result, now));
        return result.outcome() == SendResult.Outcome.SENT;
    }

    private void record(OutboxRepository.Claimed message, SendResult result, Instant now) {
        OutboxMessage.Status status = switch (result.outcome()) {
            case SENT -> OutboxMessage.Status.SENT;
            case REFUSED -> OutboxMessage.Status.REFUSED;
            case REJECTED -> OutboxMessage.Status.FAILED;
            case RETRY -> message.attempts() >= config.maxAttempts() ? OutboxMessage.Status.FAILED
                    : OutboxMessage.Status.PENDING;
        };
        Instant next = now.plus(Backoff.after(message.attempts(), config.backoffBase(), config.backoffMax()));
        Instant sentAt = status == OutboxMessage.Status.SENT ? Instant.now() : null;
        outbox.finish(message.id(), instance, status, result.errcode(), next, sentAt);
        logOutcome(message, status, result);
    }

    private static void logOutcome(OutboxRepository.Claimed message, OutboxMessage.Status status,
            SendResult result) {
        if (status == OutboxMessage.Status.PENDING) {
            Log.infof("Subscribe message %d not sent (attempt %d), will retry", message.id(), message.attempts());
        } else if (status == OutboxMessage.Status.FAILED) {
            Log.warnf("Subscribe message %d given up after %d attempts (errcode %s)", message.id(),
                    message.attempts(), result.errcode());
        } else {
            Log.infof("Subscribe message %d for user %d: %s", message.id(), message.userId(), status);
        }
    }

    private Map<String, String> fields(String payload) {
        try {
            return json.readValue(payload, FIELDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("outbox payload is written by Notices", e);
        }
    }
}
