package cn.jiuweihai.silver.job;

import java.util.Arrays;

/**
 * The filterable fields of the indexed jobs as parallel primitive arrays, one position per
 * slot of {@link JobIndex}. Not thread-safe by itself: the index guards it.
 */
final class Columns {

    static final int ANY = -1;
    private static final byte NONE = -1;
    private static final double METERS_PER_DEGREE = 111_000;

    private int[] district;
    private byte[] category;
    private int[] occupation;
    private byte[] form;
    private byte[] demand;
    private int[] features;
    private byte[] zones;
    private int[] payMonthlyMax;
    private long[] payRank;
    private long[] publishedAt;
    private long[] id;
    private int[] ageMin;
    private int[] ageMax;
    private boolean[] ageFriendly;
    private double[] latitude;
    private double[] longitude;
    private int[] validUntil;

    Columns(int capacity) {
        district = new int[capacity];
        category = new byte[capacity];
        occupation = new int[capacity];
        form = new byte[capacity];
        demand = new byte[capacity];
        features = new int[capacity];
        zones = new byte[capacity];
        payMonthlyMax = new int[capacity];
        payRank = new long[capacity];
        publishedAt = new long[capacity];
        id = new long[capacity];
        ageMin = new int[capacity];
        ageMax = new int[capacity];
        ageFriendly = new boolean[capacity];
        latitude = new double[capacity];
        longitude = new double[capacity];
        validUntil = new int[capacity];
    }

    Columns grow(int capacity) {
        Columns grown = new Columns(0);
        grown.district = Arrays.copyOf(district, capacity);
        grown.category = Arrays.copyOf(category, capacity);
        grown.occupation = Arrays.copyOf(occupation, capacity);
        grown.form = Arrays.copyOf(form, capacity);
        grown.demand = Arrays.copyOf(demand, capacity);
        grown.features = Arrays.copyOf(features, capacity);
        grown.zones = Arrays.copyOf(zones, capacity);
        grown.payMonthlyMax = Arrays.copyOf(payMonthlyMax, capacity);
        grown.payRank = Arrays.copyOf(payRank, capacity);
        grown.publishedAt = Arrays.copyOf(publishedAt, capacity);
        grown.id = Arrays.copyOf(id, capacity);
        grown.ageMin = Arrays.copyOf(ageMin, capacity);
        grown.ageMax = Arrays.copyOf(ageMax, capacity);
        grown.ageFriendly = Arrays.copyOf(ageFriendly, capacity);
        grown.latitude = Arrays.copyOf(latitude, capacity);
        grown.longitude = Arrays.copyOf(longitude, capacity);
        grown.validUntil = Arrays.copyOf(validUntil, capacity);
        return grown;
    }

    void set(int slot, IndexedJob job) {
        district[slot] = Integer.parseInt(job.districtCode());
        category[slot] = (byte) job.category().ordinal();
        occupation[slot] = job.occupationId() == null ? NONE : job.occupationId();
        form[slot] = (byte) job.employmentForm().ordinal();
        demand[slot] = (byte) job.physicalDemand().ordinal();
        features[slot] = job.featureBits();
        zones[slot] = (byte) ((job.silverTalent() ? 1 : 0) | (job.silverEconomy() ? 2 : 0));
        payMonthlyMax[slot] = job.payMonthlyMax();
        payRank[slot] = job.payMonthlyMax() == IndexedJob.NO_PAY ? Long.MAX_VALUE
                : -((long) job.payMonthlyMax() << 32 | job.payMonthlyMin() & 0xffffffffL);
        publishedAt[slot] = job.publishedAtMillis();
        id[slot] = job.id();
        ageMin[slot] = job.ageMin();
        ageMax[slot] = job.ageMax();
        ageFriendly[slot] = job.ageFriendlyEmployer();
        latitude[slot] = job.latitude();
        longitude[slot] = job.longitude();
        validUntil[slot] = (int) job.validUntilEpochDay();
    }

    /** Every filter of the query but the keyword and the distance; {@code districtCode} is pre-parsed. */
    boolean matches(int slot, SearchQuery q, int districtCode) {
        return validUntil[slot] >= q.todayEpochDay()
                && (districtCode == ANY || district[slot] == districtCode)
                && (q.category() == null || category[slot] == q.category().ordinal())
                && (q.occupationId() == null || occupation[slot] == q.occupationId())
                && (q.employmentForm() == null || form[slot] == q.employmentForm().ordinal())
                && (q.maxPhysicalDemand() == null || demand[slot] <= q.maxPhysicalDemand().ordinal())
                && (features[slot] & q.featureMask()) == q.featureMask()
                && (q.zone() == null || (zones[slot] & (1 << q.zone().ordinal())) != 0)
                && (q.minMonthlyPay() == null || payMonthlyMax[slot] >= q.minMonthlyPay())
                && (q.age() == null || ageMin[slot] <= q.age() && q.age() <= ageMax[slot])
                && (!q.ageFriendlyEmployer() || ageFriendly[slot]);
    }

    /** Best paid first: the monthly maximum, then the minimum; piece rates, which have none, last. */
    long payRank(int slot) {
        return payRank[slot];
    }

    long publishedAt(int slot) {
        return publishedAt[slot];
    }

    long id(int slot) {
        return id[slot];
    }

    /** The distance, or {@code Integer.MAX_VALUE} when the job lies outside the box around the circle. */
    int distanceMeters(int slot, SearchQuery.Near near) {
        double degrees = near.radiusMeters() / METERS_PER_DEGREE;
        if (Math.abs(latitude[slot] - near.latitude()) > degrees
                || Math.abs(longitude[slot] - near.longitude()) > degrees / Math.cos(Math.toRadians(near.latitude()))) {
            return Integer.MAX_VALUE;
        }
        return JobIndex.distanceMeters(latitude[slot], longitude[slot], near);
    }
}
