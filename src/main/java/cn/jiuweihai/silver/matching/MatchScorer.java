package cn.jiuweihai.silver.matching;

import cn.jiuweihai.silver.job.JobEnums;
import cn.jiuweihai.silver.seeker.SeekerEnums;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Scores how well a job suits a seeker, from both sides' data, and says why in plain Chinese:
 * to the seeker (距离约1.2公里, 坐姿工作, 符合您的期望工种) and to the employer. A factor the
 * data does not tell counts as a neutral half; a job outside the seeker's age is no match at all.
 */
final class MatchScorer {

    static final int MAX_REASONS = 5;
    private static final double NEUTRAL = 0.5;
    private static final double REASON_FIT = 0.7;
    private static final int FEATURE_REASONS = 2;
    /** Age-friendly features add little to the score but are what older seekers look for: shown early. */
    private static final double FEATURE_RANK = 1.5;

    /** The weight of each factor. */
    record Weights(int occupation, int category, int distance, int physical, int employmentForm, int schedule,
            int pay, int features) {
    }

    /** A scored pair: 0–100, and the reasons shown to each side, strongest first. */
    record Scored(int score, List<String> forSeeker, List<String> forEmployer) {
    }

    /** One factor: how well it fits (0–1), its weight, its reasons, and how high the reasons rank. */
    private record Factor(double fit, int weight, String forSeeker, String forEmployer, double rank) {

        Factor(double fit, int weight, String forSeeker, String forEmployer) {
            this(fit, weight, forSeeker, forEmployer, fit * weight);
        }

        double points() {
            return fit * weight;
        }
    }

    private final Weights weights;
    private final int defaultTravelKm;

    MatchScorer(Weights weights, int defaultTravelKm) {
        this.weights = weights;
        this.defaultTravelKm = defaultTravelKm;
    }

    Optional<Scored> score(MatchInputs.Profile seeker, MatchInputs.Posting job) {
        if (!ageFits(seeker.age(), job)) {
            return Optional.empty();
        }
        List<Factor> factors = new ArrayList<>(List.of(occupation(seeker, job), category(seeker, job),
                distance(seeker, job), physical(seeker, job), form(seeker, job), schedule(seeker, job),
                pay(seeker, job)));
        factors.addAll(features(job));

        double total = factors.stream().mapToDouble(Factor::weight).sum();
        double points = factors.stream().mapToDouble(Factor::points).sum();
        int score = total == 0 ? 0 : (int) Math.round(100 * points / total);
        return Optional.of(new Scored(score, reasons(factors, true), reasons(factors, false)));
    }

    static boolean ageFits(int age, MatchInputs.Posting job) {
        return (job.ageMin() == null || age >= job.ageMin()) && (job.ageMax() == null || age <= job.ageMax());
    }

    private Factor occupation(MatchInputs.Profile seeker, MatchInputs.Posting job) {
        if (job.occupationId() == null || seeker.occupationYears().isEmpty()) {
            return new Factor(NEUTRAL, weights.occupation(), null, null);
        }
        Integer years = seeker.occupationYears().get(job.occupationId());
        if (years == null) {
            return new Factor(0, weights.occupation(), null, null);
        }
        String experience = years > 0 ? years + "年" + job.occupationName() + "经验" : "做过" + job.occupationName();
        return new Factor(1, weights.occupation(), "您有" + experience, "有" + experience);
    }

    private Factor category(MatchInputs.Profile seeker, MatchInputs.Posting job) {
        if (seeker.desiredCategories().isEmpty()) {
            return new Factor(NEUTRAL, weights.category(), null, null);
        }
        boolean wanted = seeker.desiredCategories().contains(job.category());
        return new Factor(wanted ? 1 : 0, weights.category(), "符合您的期望工种",
                "想做" + job.category().label + "类工作");
    }

    private Factor distance(MatchInputs.Profile seeker, MatchInputs.Posting job) {
        int reach = seeker.maxTravelKm() == null ? defaultTravelKm : seeker.maxTravelKm();
        if (seeker.home() != null && job.location() != null) {
            double km = seeker.home().kmTo(job.location());
            double fit = km <= reach ? 1 - NEUTRAL * km / reach : Math.max(0, NEUTRAL - NEUTRAL * (km - reach) / reach);
            String text = String.format(Locale.ROOT, "%.1f", km);
            return new Factor(Math.max(fit, km <= 1 ? 1 : 0), weights.distance(), "距离约" + text + "公里",
                    "住处距岗位约" + text + "公里");
        }
        boolean sameDistrict = job.districtCode().equals(seeker.districtCode());
        return new Factor(sameDistrict ? 0.8 : 0.2, weights.distance(), "就在您所在的" + job.districtName(),
                "住在" + job.districtName());
    }

    private Factor physical(MatchInputs.Profile seeker, MatchInputs.Posting job) {
        JobEnums.PhysicalDemand demand = job.physicalDemand();
        if (seeker.capacity() == null) {
            double fit = demand == JobEnums.PhysicalDemand.LOW ? 0.8 : NEUTRAL;
            return new Factor(fit, weights.physical(), demand.label, null);
        }
        boolean within = demand.ordinal() <= capacityLevel(seeker.capacity());
        String forSeeker = demand == JobEnums.PhysicalDemand.LOW ? demand.label : "体力要求在您的能力之内";
        return new Factor(within ? 1 : 0, weights.physical(), forSeeker, "体力可以胜任");
    }

    private static int capacityLevel(SeekerEnums.PhysicalCapacity capacity) {
        return switch (capacity) {
            case LOW -> JobEnums.PhysicalDemand.LOW.ordinal();
            case MEDIUM -> JobEnums.PhysicalDemand.MEDIUM.ordinal();
            case HIGH -> JobEnums.PhysicalDemand.HIGH.ordinal();
        };
    }

    private Factor form(MatchInputs.Profile seeker, MatchInputs.Posting job) {
        if (seeker.employmentForms().isEmpty()) {
            return new Factor(NEUTRAL, weights.employmentForm(), null, null);
        }
        boolean wanted = seeker.employmentForms().contains(job.employmentForm());
        String label = job.employmentForm().label;
        return new Factor(wanted ? 1 : 0, weights.employmentForm(), label + "，合您的意", "愿意" + label);
    }

    private Factor schedule(MatchInputs.Profile seeker, MatchInputs.Posting job) {
        if (seeker.schedule().isEmpty() || seeker.schedule().contains(SeekerEnums.ScheduleSlot.ANY_TIME)) {
            return new Factor(seeker.schedule().isEmpty() ? NEUTRAL : 1, weights.schedule(), null, null);
        }
        Optional<SeekerEnums.ScheduleSlot> slot = seeker.schedule().stream()
                .filter(s -> job.schedule() != null && job.schedule().contains(keyword(s)))
                .min(Comparator.naturalOrder());
        return slot.map(s -> new Factor(1, weights.schedule(), "工作时间在" + s.label, "能在" + s.label + "上班"))
                .orElseGet(() -> new Factor(NEUTRAL, weights.schedule(), null, null));
    }

    private static String keyword(SeekerEnums.ScheduleSlot slot) {
        return switch (slot) {
            case WEEKDAYS -> "周一";
            case WEEKENDS -> "周末";
            case MORNINGS -> "上午";
            case AFTERNOONS -> "下午";
            case EVENINGS -> "晚";
            case ANY_TIME -> "";
        };
    }

    private Factor pay(MatchInputs.Profile seeker, MatchInputs.Posting job) {
        if (seeker.expectedPay() == null || seeker.expectedPay() <= 0 || seeker.expectedPayUnit() != job.payUnit()) {
            return new Factor(NEUTRAL, weights.pay(), null, null);
        }
        double fit = Math.min(1, (double) job.payMax() / seeker.expectedPay());
        return new Factor(fit, weights.pay(), "薪酬达到您的期望", "期望薪酬在岗位范围内");
    }

    private List<Factor> features(MatchInputs.Posting job) {
        List<Factor> factors = new ArrayList<>();
        double fit = Math.min(1, job.features().size() / 3.0);
        factors.add(new Factor(fit, weights.features(), null, null));
        job.features().stream().sorted().limit(FEATURE_REASONS)
                .forEach(f -> factors.add(new Factor(1, 0, f.label, null, FEATURE_RANK * weights.features())));
        return factors;
    }

    private static List<String> reasons(List<Factor> factors, boolean forSeeker) {
        return factors.stream()
                .filter(f -> f.fit() >= REASON_FIT)
                .filter(f -> (forSeeker ? f.forSeeker() : f.forEmployer()) != null)
                .sorted(Comparator.comparingDouble(Factor::rank).reversed())
                .map(f -> forSeeker ? f.forSeeker() : f.forEmployer())
                .limit(MAX_REASONS)
                .toList();
    }
}
