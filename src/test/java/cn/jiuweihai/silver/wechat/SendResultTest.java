package cn.jiuweihai.silver.wechat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which WeChat answers to a subscribe message are retried, and which are final. */
class SendResultTest {

    @Test
    void userWhoRefusedIsFinalAndNotAnError() {
        assertEquals(SendResult.Outcome.REFUSED, SendResult.ofError(43101).outcome());
    }

    @ParameterizedTest
    @ValueSource(ints = {40003, 40037, 41030, 47003})
    void messageWeChatWillNeverTakeIsRejected(int errcode) {
        assertEquals(SendResult.Outcome.REJECTED, SendResult.ofError(errcode).outcome());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 40001, 42001, 45009, 45011})
    void busyOrTokenTroubleIsRetried(int errcode) {
        assertEquals(SendResult.Outcome.RETRY, SendResult.ofError(errcode).outcome());
    }

    @Test
    void unreachableWeChatIsRetried() {
        assertEquals(SendResult.Outcome.RETRY, SendResult.unreachable().outcome());
    }
}
