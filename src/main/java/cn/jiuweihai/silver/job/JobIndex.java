package cn.jiuweihai.silver.job;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The open jobs in memory, searched without a database round trip: every filter, a literal
 * keyword over title, description and employer name (narrowed through an inverted index of
 * character bigrams, then confirmed with a plain substring test), distance from a point, four
 * orders that all end with the job id, and the exact total. Filters read primitive columns
 * laid out side by side, so a scan of every open job reads a few megabytes in order rather
 * than one object per job. Thread-safe: many searches run at once; an update waits for them.
 */
final class JobIndex {

    private static final double EARTH_RADIUS_METERS = 6_371_000;
    private static final int TITLE_WEIGHT = 3;
    private static final int EMPLOYER_WEIGHT = 2;
    private static final int DESCRIPTION_WEIGHT = 1;
    /** A posting is the slot shifted left by three bits, with the fields holding the bigram in them. */
    private static final int FIELD_BITS = 3;
    private static final int IN_TITLE = 1;
    private static final int IN_EMPLOYER = 2;
    private static final int IN_DESCRIPTION = 4;
    private static final int ALL_FIELDS = IN_TITLE | IN_EMPLOYER | IN_DESCRIPTION;

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<Long, Integer> slotOf = new HashMap<>();
    /** The newest stamp seen of every job, removed ones included, so a stale read never wins. */
    private final Map<Long, Long> stamps = new ConcurrentHashMap<>();
    private final Map<Integer, IntList> postings = new HashMap<>();
    private IndexedJob[] slots = new IndexedJob[0];
    private Columns columns = new Columns(0);
    private int used;

    /**
     * A job found, with where it ranks: {@code rank} is the sort's own key (smaller first), ties
     * go to the newest publication and then to the higher id, which is unique.
     */
    record Hit(IndexedJob job, int relevance, int distanceMeters, long rank, long publishedAt, long id) {

        boolean before(Hit other) {
            if (rank != other.rank) {
                return rank < other.rank;
            }
            if (publishedAt != other.publishedAt) {
                return publishedAt > other.publishedAt;
            }
            return id > other.id;
        }
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

    /** Adds or replaces a job, unless what the index holds is as new or newer. */
    void put(IndexedJob job) {
        if (!mayBeNewer(job.id(), job.stamp())) {
            return;
        }
        lock.writeLock().lock();
        try {
            if (!newer(job.id(), job.stamp())) {
                return;
            }
            removeLocked(job.id());
            addLocked(job);
            compactIfSparse();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Takes a job out (it closed, say), unless the index already holds a newer state of it. */
    void remove(long id, long stamp) {
        if (!mayBeNewer(id, stamp)) {
            return;
        }
        lock.writeLock().lock();
        try {
            if (newer(id, stamp)) {
                removeLocked(id);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    Page search(SearchQuery query, int offset, int size) {
        Best best = new Best(offset + size);
        int district = query.districtCode() == null ? Columns.ANY : Integer.parseInt(query.districtCode());
        JobEnums.Sort sort = query.effectiveSort();
        lock.readLock().lock();
        try {
            IntList candidates = candidates(query.keyword());
            int count = candidates == null ? used : candidates.size;
            for (int i = 0; i < count; i++) {
                int posting = candidates == null ? i << FIELD_BITS : candidates.items[i];
                offer(posting >>> FIELD_BITS, posting & ALL_FIELDS, query, sort, district, best);
            }
        } finally {
            lock.readLock().unlock();
        }
        return new Page(best.window(offset), best.total);
    }

    /** Counts the job when it matches, and keeps it when it ranks among the best so far. */
    private void offer(int slot, int fields, SearchQuery q, JobEnums.Sort sort, int district, Best best) {
        IndexedJob job = slots[slot];
        if (job == null || !columns.matches(slot, q, district)) {
            return;
        }
        int relevance = q.keyword() == null ? 0
                : q.keyword().length() == 2 ? relevanceOf(fields) : relevance(job, q.keyword());
        if (q.keyword() != null && relevance == 0) {
            return;
        }
        int distance = q.near() == null ? 0 : columns.distanceMeters(slot, q.near());
        if (q.near() != null && distance > q.near().radiusMeters()) {
            return;
        }
        best.total++;
        long rank = rank(slot, sort, relevance, distance);
        if (best.wants(rank, columns.publishedAt(slot), columns.id(slot))) {
            best.add(new Hit(job, relevance, distance, rank, columns.publishedAt(slot), columns.id(slot)));
        }
    }

    /** The best {@code keep} hits of one search and the count of all; a hit is made only when it is kept. */
    private static final class Best {
        private static final Comparator<Hit> ORDER = (a, b) -> a == b ? 0 : a.before(b) ? -1 : 1;
        private final PriorityQueue<Hit> heap = new PriorityQueue<>(ORDER.reversed());
        private final int keep;
        private long total;

        Best(int keep) {
            this.keep = keep;
        }

        boolean wants(long rank, long publishedAt, long id) {
            if (heap.size() < keep) {
                return true;
            }
            Hit worst = heap.peek();
            if (rank != worst.rank()) {
                return rank < worst.rank();
            }
            return publishedAt != worst.publishedAt() ? publishedAt > worst.publishedAt() : id > worst.id();
        }

        void add(Hit hit) {
            heap.add(hit);
            if (heap.size() > keep) {
                heap.poll();
            }
        }

        List<Hit> window(int offset) {
            List<Hit> sorted = new ArrayList<>(heap);
            sorted.sort(ORDER);
            return offset >= sorted.size() ? List.of() : sorted.subList(offset, sorted.size());
        }
    }

    /** Slots that may hold the keyword (all of them when there is no bigram to narrow by). */
    private IntList candidates(String keyword) {
        if (keyword == null || keyword.length() < 2) {
            return null;
        }
        IntList narrowest = null;
        for (int bigram : bigrams(keyword)) {
            IntList list = postings.get(bigram);
            if (list == null) {
                return new IntList();
            }
            if (narrowest == null || list.size < narrowest.size) {
                narrowest = list;
            }
        }
        return narrowest;
    }

    /** The sort's own key, smaller first: more relevant, nearer, better paid; piece rates last by pay. */
    private long rank(int slot, JobEnums.Sort sort, int relevance, int distance) {
        return switch (sort) {
            case RELEVANCE -> -relevance;
            case DISTANCE -> distance;
            case PAY -> columns.payRank(slot);
            case NEWEST -> 0;
        };
    }

    /** The best place the keyword appears: the title (3), the employer's name (2) or the description (1). */
    static int relevance(IndexedJob job, String keyword) {
        int fields = (job.title().contains(keyword) ? IN_TITLE : 0)
                | (job.employerName().contains(keyword) ? IN_EMPLOYER : 0)
                | (job.description().contains(keyword) ? IN_DESCRIPTION : 0);
        return relevanceOf(fields);
    }

    /** A two-character keyword is one bigram: its posting says where it appears, no text is read. */
    private static int relevanceOf(int fields) {
        if ((fields & IN_TITLE) != 0) {
            return TITLE_WEIGHT;
        }
        if ((fields & IN_EMPLOYER) != 0) {
            return EMPLOYER_WEIGHT;
        }
        return (fields & IN_DESCRIPTION) != 0 ? DESCRIPTION_WEIGHT : 0;
    }

    /**
     * Distance on the sphere by the equirectangular approximation, well under 0.1% off within a
     * city; a job without a location is infinitely far.
     */
    static int distanceMeters(double latitude, double longitude, SearchQuery.Near near) {
        if (Double.isNaN(latitude)) {
            return Integer.MAX_VALUE;
        }
        double meanLat = Math.toRadians((latitude + near.latitude()) / 2);
        double dx = Math.toRadians(longitude - near.longitude()) * Math.cos(meanLat);
        double dy = Math.toRadians(latitude - near.latitude());
        return (int) Math.round(Math.sqrt(dx * dx + dy * dy) * EARTH_RADIUS_METERS);
    }

    /** The distinct character bigrams of a text, each as two UTF-16 units in one int. */
    static int[] bigrams(String text) {
        long[] tagged = taggedBigrams(new String[] {text});
        int[] codes = new int[tagged.length];
        for (int i = 0; i < tagged.length; i++) {
            codes[i] = (int) (tagged[i] >> FIELD_BITS);
        }
        return codes;
    }

    /**
     * The distinct bigrams of the texts, each with the fields it appears in: {@code texts[i]}
     * is field {@code 1 << i}. Sorted by bigram; no boxing, so 100,000 jobs index quickly.
     */
    private static long[] taggedBigrams(String[] texts) {
        int length = 0;
        for (String text : texts) {
            length += Math.max(0, text.length() - 1);
        }
        long[] codes = new long[length];
        int n = 0;
        for (int field = 0; field < texts.length; field++) {
            String text = texts[field];
            for (int i = 0; i + 1 < text.length(); i++) {
                long bigram = text.charAt(i) << 16 | text.charAt(i + 1);
                codes[n++] = bigram << FIELD_BITS | 1L << field;
            }
        }
        Arrays.sort(codes);
        int distinct = -1;
        for (int i = 0; i < codes.length; i++) {
            if (distinct >= 0 && codes[distinct] >> FIELD_BITS == codes[i] >> FIELD_BITS) {
                codes[distinct] |= codes[i] & ALL_FIELDS;
            } else {
                codes[++distinct] = codes[i];
            }
        }
        return Arrays.copyOf(codes, distinct + 1);
    }

    private void addLocked(IndexedJob job) {
        if (used == slots.length) {
            int capacity = Math.max(1024, used * 2);
            slots = Arrays.copyOf(slots, capacity);
            columns = columns.grow(capacity);
        }
        int slot = used++;
        slots[slot] = job;
        columns.set(slot, job);
        slotOf.put(job.id(), slot);
        for (long tagged : taggedBigrams(new String[] {job.title(), job.employerName(), job.description()})) {
            int posting = slot << FIELD_BITS | (int) (tagged & ALL_FIELDS);
            postings.computeIfAbsent((int) (tagged >> FIELD_BITS), b -> new IntList()).add(posting);
        }
    }

    /** A look without the write lock, which would hold up every search: most polled rows are known. */
    private boolean mayBeNewer(long id, long stamp) {
        Long known = stamps.get(id);
        return known == null || known < stamp;
    }

    /** Under the write lock: whether the stamp is newer than any seen, recording it when it is. */
    private boolean newer(long id, long stamp) {
        Long known = stamps.get(id);
        if (known != null && known >= stamp) {
            return false;
        }
        stamps.put(id, stamp);
        return true;
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
        columns = new Columns(slots.length);
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
