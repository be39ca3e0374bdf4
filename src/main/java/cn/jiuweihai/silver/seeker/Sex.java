package cn.jiuweihai.silver.seeker;

/** Sex as recorded in the ID number. */
public enum Sex {
    MALE, FEMALE
}
