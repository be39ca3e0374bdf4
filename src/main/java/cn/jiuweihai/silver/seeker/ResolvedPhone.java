package cn.jiuweihai.silver.seeker;

/** A mainland mobile number, normalised, and where it came from. */
record ResolvedPhone(String number, SeekerEnums.PhoneSource source) {

    @Override
    public String toString() {
        return "ResolvedPhone[" + source + "]";
    }
}
