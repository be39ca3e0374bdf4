package cn.jiuweihai.silver.common;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * A fraction sent for a whole-number field (pay in yuan, a headcount) is refused rather than
 * cut off: Jackson would otherwise read 12.5 元/小时 as 12 without a word.
 */
@Singleton
public class WholeNumbers implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }
}
