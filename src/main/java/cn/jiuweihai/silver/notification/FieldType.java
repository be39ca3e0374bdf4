package cn.jiuweihai.silver.notification;

/** Kinds of subscribe-message fields and the longest value WeChat takes for each. */
enum FieldType {
    THING(20), NAME(10), PHRASE(5), CHARACTER_STRING(32), TIME(32);

    final int maxChars;

    FieldType(int maxChars) {
        this.maxChars = maxChars;
    }
}
