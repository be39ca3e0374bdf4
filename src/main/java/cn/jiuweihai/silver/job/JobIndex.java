package cn.jiuweihai.silver.job;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The open jobs in memory, searched without a database round trip: every filter, a literal
 * keyword over title, description and employer name (narrowed through an inverted index of
 * character bigrams, then confirmed with a plain substring test), distance from a point, four
 * orders that all end with the job id, and the exact total. Thread-safe: many searches run at
 * once; an update waits for them.
 */
final class JobIndex {

    private static final double EARTH_RADIUS_METERS = 6_371_000;
    private static final int TITLE_WEIGHT = 4;
    private static final int EMPLOYER_WEIGHT = 2;
    private static final int DESCRIPTION_WEIGHT = 1;

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<Long, Integer> slotOf = new HashMap<>();
    private final Map<Integer, IntList> postings = new HashMap<>();
    private IndexedJob[] slots = new IndexedJob[1024];
    private int used;

    /** A job found, with where it ranks. */
    record Hit(IndexedJob job, int relevance, int distanceMeters) {
    }

    /** One page of hits and how many there are in all. */
    record Page(List<Hit> hits, long total) {
    }

    int size() {
        lock.readLock().lock();
        try {
            return slotOf.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Adds or replaces a job; a job whose stamp has not changed is left as it is. */
    void put(IndexedJob job) {
        lock.writeLock().lock();
        try {
            Integer slot = slotOf.get(job.id());
            if (slot != null && slots[slot].stamp() == job.stamp()) {
                return;
            }
            removeLocked(job.id());
            addLocked(job);
            compactIfSparse();
        } finally {
            lock.writeLock().unlock();
        }
    }

    void remove(long id) {
        lock.writeLock().lock();
        try {
            removeLocked(id);
        } finally {
            lock.writeLock().unlock();
        }
    }

    Page search(SearchQuery query, int offset, int size) {
        Comparator<Hit> order = order(query.effectiveSort());
        PriorityQueue<Hit> best = new PriorityQueue<>(order.reversed());
        int keep = offset + size;
        long total = 0;
        lock.readLock().lock();
        try {
            int[] candidates = candidates(query.keyword());
            int count = candidates == null ? used : candidates.length;
            for (int i = 0; i < count; i++) {
                Hit hit = match(slots[candidates == null ? i : candidates[i]], query);
                if (hit == null) {
                    continue;
                }
                total++;
                best.add(hit);
                if (best.size() > keep) {
                    best.poll();
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        return new Page(window(best, order, offset), total);
    }

    private static List<Hit> window(PriorityQueue<Hit> best, Comparator<Hit> order, int offset) {
        List<Hit> sorted = new ArrayList<>(best);
        sorted.sort(order);
        return offset >= sorted.size() ? List.of() : sorted.subList(offset, sorted.size());
    }

    /** Slots that may hold the keyword (all of them when there is no bigram to narrow by). */
    private int[] candidates(String keyword) {
        if (keyword == null || keyword.length() < 2) {
            return null;
        }
        IntList narrowest = null;
        for (int bigram : bigrams(keyword)) {
            IntList list = postings.get(bigram);
            if (list == null) {
                return new int[0];
            }
            if (narrowest == null || list.size < narrowest.size) {
                narrowest = list;
            }
        }
        return Arrays.copyOf(narrowest.items, narrowest.size);
    }

    private static Hit match(IndexedJob job, SearchQuery q) {
        if (job == null || !matchesFilters(job, q)) {
            return null;
        }
        int relevance = 0;
        if (q.keyword() != null) {
            relevance = relevance(job, q.keyword());
            if (relevance == 0) {
                return null;
            }
        }
        int distance = 0;
        if (q.near() != null) {
            distance = distanceMeters(job, q.near());
            if (distance > q.near().radiusMeters()) {
                return null;
            }
        }
        return new Hit(job, relevance, distance);
    }

    private static boolean matchesFilters(IndexedJob job, SearchQuery q) {
        return job.validUntilEpochDay() >= q.todayEpochDay()
                && (q.districtCode() == null || q.districtCode().equals(job.districtCode()))
                && (q.category() == null || q.category() == job.category())
                && (q.occupationId() == null || q.occupationId().equals(job.occupationId()))
                && (q.employmentForm() == null || q.employmentForm() == job.employmentForm())
                && (q.maxPhysicalDemand() == null
                        || job.physicalDemand().ordinal() <= q.maxPhysicalDemand().ordinal())
                && (job.featureBits() & q.featureMask()) == q.featureMask()
                && inZone(job, q.zone())
                && (q.minMonthlyPay() == null || job.payMonthlyMax() >= q.minMonthlyPay())
                && (q.age() == null || job.ageMin() <= q.age() && q.age() <= job.ageMax())
                && (!q.ageFriendlyEmployer() || job.ageFriendlyEmployer());
    }

    private static boolean inZone(IndexedJob job, JobEnums.Zone zone) {
        if (zone == null) {
            return true;
        }
        return zone == JobEnums.Zone.SILVER_TALENT ? job.silverTalent() : job.silverEconomy();
    }

    /** Where the keyword appears, weighted: title first, then employer name, then description; 0 if nowhere. */
    static int relevance(IndexedJob job, String keyword) {
        int score = 0;
        if (job.title().contains(keyword)) {
            score += TITLE_WEIGHT;
        }
        if (job.employerName().contains(keyword)) {
            score += EMPLOYER_WEIGHT;
        }
        if (job.description().contains(keyword)) {
            score += DESCRIPTION_WEIGHT;
        }
        return score;
    }

    /**
     * Distance on the sphere by the equirectangular approximation, well under 0.1% off within a
     * city; a job without a location is infinitely far.
     */
    static int distanceMeters(IndexedJob job, SearchQuery.Near near) {
        if (Double.isNaN(job.latitude())) {
            return Integer.MAX_VALUE;
        }
        double meanLat = Math.toRadians((job.latitude() + near.latitude()) / 2);
        double dx = Math.toRadians(job.longitude() - near.longitude()) * Math.cos(meanLat);
        double dy = Math.toRadians(job.latitude() - near.latitude());
        return (int) Math.round(Math.sqrt(dx * dx + dy * dy) * EARTH_RADIUS_METERS);
    }

    /** Best first. Every order ends with the newest publication and then the highest id, which is unique. */
    static Comparator<Hit> order(JobEnums.Sort sort) {
        Comparator<Hit> newest = Comparator.<Hit>comparingLong(h -> h.job().publishedAtMillis()).reversed()
                .thenComparing(Comparator.<Hit>comparingLong(h -> h.job().id()).reversed());
        return switch (sort) {
            case RELEVANCE -> Comparator.<Hit>comparingInt(Hit::relevance).reversed().thenComparing(newest);
            case DISTANCE -> Comparator.<Hit>comparingInt(Hit::distanceMeters).thenComparing(newest);
            case PAY -> Comparator.<Hit>comparingInt(h -> h.job().payMonthlyMax()).reversed()
                    .thenComparing(Comparator.<Hit>comparingInt(h -> h.job().payMonthlyMin()).reversed())
                    .thenComparing(newest);
            case NEWEST -> newest;
        };
    }

    static Set<Integer> bigrams(String text) {
        Set<Integer> bigrams = new HashSet<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            bigrams.add(text.charAt(i) << 16 | text.charAt(i + 1));
        }
        return bigrams;
    }

    private void addLocked(IndexedJob job) {
        if (used == slots.length) {
            slots = Arrays.copyOf(slots, used * 2);
        }
        int slot = used++;
        slots[slot] = job;
        slotOf.put(job.id(), slot);
        Set<Integer> bigrams = bigrams(job.title());
        bigrams.addAll(bigrams(job.description()));
        bigrams.addAll(bigrams(job.employerName()));
        for (int bigram : bigrams) {
            postings.computeIfAbsent(bigram, b -> new IntList()).add(slot);
        }
    }

    /** Empties the slot; its postings stay behind and are skipped until the next compaction. */
    private void removeLocked(long id) {
        Integer slot = slotOf.remove(id);
        if (slot != null) {
            slots[slot] = null;
        }
    }

    private void compactIfSparse() {
        if (used < 1024 || slotOf.size() * 2 > used) {
            return;
        }
        List<IndexedJob> live = new ArrayList<>(slotOf.size());
        for (int i = 0; i < used; i++) {
            if (slots[i] != null) {
                live.add(slots[i]);
            }
        }
        slotOf.clear();
        postings.clear();
        slots = new IndexedJob[Math.max(1024, live.size() * 2)];
        used = 0;
        live.forEach(this::addLocked);
    }

    /** A growable list of ints, for postings that would cost four times as much boxed. */
    private static final class IntList {
        private int[] items = new int[4];
        private int size;

        void add(int value) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = value;
        }
    }
}
