package cn.jiuweihai.silver.matching;

import cn.jiuweihai.silver.common.Dates;
import cn.jiuweihai.silver.common.PageParams;
import cn.jiuweihai.silver.common.PageResult;
import cn.jiuweihai.silver.common.ProblemException;
import cn.jiuweihai.silver.employer.EmployerService;
import cn.jiuweihai.silver.job.Job;
import cn.jiuweihai.silver.job.JobEnums;
import cn.jiuweihai.silver.job.JobService;
import cn.jiuweihai.silver.seeker.Seeker;
import cn.jiuweihai.silver.seeker.SeekerEnums;
import cn.jiuweihai.silver.seeker.SeekerService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Jobs for a seeker and candidates for a job, scored, each with its reasons. */
@ApplicationScoped
class MatchingService {

    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private final MatchingRepository pools;
    private final Snapshots snapshots;
    private final CandidateCards cards;
    private final SeekerService seekers;
    private final JobService jobs;
    private final EmployerService employers;
    private final MatchScorer scorer;
    private final int perSource;

    MatchingService(MatchingRepository pools, Snapshots snapshots, CandidateCards cards, SeekerService seekers,
            JobService jobs, EmployerService employers, MatchingConfig config) {
        this.pools = pools;
        this.snapshots = snapshots;
        this.cards = cards;
        this.seekers = seekers;
        this.jobs = jobs;
        this.employers = employers;
        MatchingConfig.Weights w = config.weights();
        this.scorer = new MatchScorer(new MatchScorer.Weights(w.occupation(), w.category(), w.distance(),
                w.physical(), w.employmentForm(), w.schedule(), w.pay(), w.features()), config.defaultTravelKm());
        this.perSource = config.poolPerSource();
    }

    PageResult<MatchingViews.JobMatch> jobsFor(long userId, PageParams paging) {
        Seeker seeker = seekers.requireRegistered(userId);
        LocalDate today = Dates.today();
        MatchInputs.Profile profile = snapshots.of(seeker, today);
        List<String> categories = profile.desiredCategories().stream().map(Enum::name).sorted().toList();
        List<MatchingViews.JobMatch> matches = pools.jobPool(seeker.id, profile.age(), seeker.districtCode,
                        categories, today, perSource).stream()
                .map(row -> jobMatch(profile, row))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingInt(MatchingViews.JobMatch::score).reversed()
                        .thenComparing(Comparator.comparingLong(MatchingViews.JobMatch::jobId).reversed()))
                .toList();
        return page(matches, paging);
    }

    PageResult<MatchingViews.CandidateMatch> candidatesFor(long userId, long employerId, long jobId,
            PageParams paging) {
        employers.requireVerifiedMember(userId, employerId);
        Job job = jobs.requireOpen(jobId);
        if (!job.employer.id.equals(employerId)) {
            throw ProblemException.notFound("JOB_NOT_FOUND", "这个岗位不存在或已停止招聘");
        }
        MatchInputs.Posting posting = snapshots.of(job);
        List<Object[]> rows = candidateRows(job);
        Snapshots.Lists lists = lists(rows);
        LocalDate today = Dates.today();
        List<Scored> scored = rows.stream()
                .map(row -> scorer.score(snapshots.profile(row, lists, today), posting)
                        .map(s -> new Scored(row, s)))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingInt((Scored s) -> s.result.score()).reversed()
                        .thenComparing(Comparator.comparingLong((Scored s) -> Snapshots.id(s.row[0])).reversed()))
                .toList();
        return page(scored, paging).map(s -> candidateMatch(s, lists));
    }

    private record Scored(Object[] row, MatchScorer.Scored result) {
    }

    private List<Object[]> candidateRows(Job job) {
        LocalDate today = Dates.today();
        LocalDate bornBy = job.ageMin == null ? today : today.minusYears(job.ageMin);
        LocalDate bornAfter = job.ageMax == null ? EARLIEST_BIRTH : today.minusYears(job.ageMax + 1L);
        Set<Long> involved = pools.seekersInvolvedWith(job.id);
        return pools.seekerPool(job.districtCode, job.occupationId, bornAfter, bornBy, perSource).stream()
                .filter(row -> !involved.contains(Snapshots.id(row[0])))
                .toList();
    }

    private Snapshots.Lists lists(List<Object[]> rows) {
        List<Long> ids = rows.stream().map(r -> Snapshots.id(r[0])).toList();
        Snapshots.Lists lists = new Snapshots.Lists();
        for (Object[] r : pools.listsOf("seeker_occupation", "occupation_id, years_experience", ids)) {
            lists.occupations.computeIfAbsent(Snapshots.id(r[0]), k -> new HashMap<>())
                    .put(Snapshots.integer(r[1]), Snapshots.integer(r[2]));
        }
        pools.listsOf("seeker_category", "category", ids).forEach(r ->
                Snapshots.add(lists.categories, r[0], JobEnums.Category.valueOf((String) r[1])));
        pools.listsOf("seeker_employment_form", "employment_form", ids).forEach(r ->
                Snapshots.add(lists.forms, r[0], JobEnums.EmploymentForm.valueOf((String) r[1])));
        pools.listsOf("seeker_schedule", "slot", ids).forEach(r ->
                Snapshots.add(lists.schedule, r[0], SeekerEnums.ScheduleSlot.valueOf((String) r[1])));
        return lists;
    }

    private Optional<MatchingViews.JobMatch> jobMatch(MatchInputs.Profile profile, Object[] row) {
        MatchInputs.Posting posting = snapshots.posting(row);
        return scorer.score(profile, posting).map(s -> new MatchingViews.JobMatch(posting.jobId(), (String) row[21],
                (String) row[22], posting.districtName(), payText(row), s.score(), s.forSeeker()));
    }

    private MatchingViews.CandidateMatch candidateMatch(Scored s, Snapshots.Lists lists) {
        Object[] r = s.row;
        long id = Snapshots.id(r[0]);
        CandidateCards.Person person = new CandidateCards.Person((String) r[1], "FEMALE".equals(r[2]),
                Snapshots.date(r[3]), (String) r[4]);
        boolean retired = Boolean.TRUE.equals(r[11]) || (r[11] instanceof Number n && n.intValue() != 0);
        CandidateCard card = cards.of(id, person, lists.occupations.getOrDefault(id, Map.of()),
                retired ? (String) r[12] : null, (String) r[13]);
        return new MatchingViews.CandidateMatch(card, s.result.score(), s.result.forEmployer());
    }

    private static String payText(Object[] row) {
        int min = Snapshots.integer(row[10]);
        int max = Snapshots.integer(row[11]);
        String range = min == max ? Integer.toString(min) : min + "-" + max;
        return range + JobEnums.PayUnit.valueOf((String) row[12]).label;
    }

    private static <T> PageResult<T> page(List<T> all, PageParams paging) {
        List<T> items = all.stream().skip(paging.offset()).limit(paging.size()).collect(Collectors.toList());
        return new PageResult<>(items, paging.page(), paging.size(), all.size());
    }
}
