package cn.jiuweihai.silver.seeker;

import cn.jiuweihai.silver.common.Dates;
import cn.jiuweihai.silver.common.Masking;
import cn.jiuweihai.silver.common.PageParams;
import cn.jiuweihai.silver.common.PageResult;
import cn.jiuweihai.silver.common.PhoneNumber;
import cn.jiuweihai.silver.common.ProblemException;
import cn.jiuweihai.silver.reference.DistrictView;
import cn.jiuweihai.silver.reference.ReferenceData;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The registry as bureau staff use it: registering people on their behalf, reading a full
 * registration for a recorded reason, and the talent pool. District-scoped staff act only
 * within their district.
 */
@ApplicationScoped
public class StaffSeekerService {

    private final SeekerRepository seekers;
    private final TalentPoolRepository pool;
    private final SeekerService seekerService;
    private final SeekerRules rules;
    private final ReferenceData reference;

    StaffSeekerService(SeekerRepository seekers, TalentPoolRepository pool, SeekerService seekerService,
            SeekerRules rules, ReferenceData reference) {
        this.seekers = seekers;
        this.pool = pool;
        this.seekerService = seekerService;
        this.rules = rules;
        this.reference = reference;
    }

    /** Registers a person on their behalf, by the same rules as self-registration. */
    @Transactional
    public StaffSeekerViews.Summary registerAssisted(long adminId, String adminDistrict,
            SeekerRequests.Assisted request, SeekerEnums.Channel channel) {
        requireWithin(adminDistrict, request.districtCode());
        seekerService.requireCurrentPrivacyVersion(request.privacyVersion(), "privacyVersion");
        IdNumber idNumber = rules.idNumber(request.idNumber());
        ResolvedPhone phone = new ResolvedPhone(PhoneNumber.normalize(request.phone(), "phone"),
                SeekerEnums.PhoneSource.MANUAL);
        rules.checkDistrict(request.districtCode());
        rules.checkDetails(request.details());
        if (seekers.findByIdHash(rules.idHash(idNumber)).isPresent()) {
            throw SeekerService.idNumberTaken();
        }

        Seeker seeker = rules.newSeeker(request.realName(), idNumber, phone, request.districtCode(),
                request.street());
        seeker.privacyVersion = request.privacyVersion();
        seeker.privacyAcceptedAt = seeker.createdAt;
        seeker.channel = channel;
        seeker.assistedBy = adminId;
        seeker.consentMethod = request.consentMethod();
        seeker.consentNote = SeekerRules.blankToNull(request.consentNote());
        SeekerRules.applyDetails(seeker, request.details());
        rules.applyPriority(seeker, request.priority());
        seekers.persistAndFlush(seeker);
        Log.infof("Seeker %d registered by staff %d (%s)", seeker.id, adminId, channel);
        return summaryOf(seeker, Dates.today());
    }

    /** The full registration, after recording who read it, when and why. */
    @Transactional
    public StaffSeekerViews.FullRecord read(long adminId, String adminDistrict, long seekerId, String reason) {
        Seeker seeker = seekers.findActive(seekerId).orElseThrow(() -> ProblemException.notFound(
                "SEEKER_NOT_FOUND", "没有这位求职者的登记，或已经注销"));
        requireWithin(adminDistrict, seeker.districtCode);
        SeekerAccess.record(seeker.id, adminId, reason.strip());
        Log.infof("Staff %d read the full registration of seeker %d", adminId, seeker.id);
        SeekerExport.Consents consents = SeekerExport.Consents.of(seeker);
        return new StaffSeekerViews.FullRecord(seekerService.profileOf(seeker), consents,
                SeekerAccess.of(seeker.id));
    }

    @Transactional
    public PageResult<StaffSeekerViews.Summary> search(String adminDistrict, TalentPoolFilter filter,
            PageParams paging) {
        String district = scope(adminDistrict, filter.districtCode);
        LocalDate today = Dates.today();
        TalentPoolRepository.Found found = pool.search(filter, district, today, paging.offset(), paging.size());
        return new PageResult<>(found.items().stream().map(s -> summaryOf(s, today)).toList(), paging.page(),
                paging.size(), found.total());
    }

    /** Counts per district (every division of the city, empty ones too) and per age band. */
    public StaffSeekerViews.Statistics statistics(String adminDistrict, String districtCode) {
        String district = scope(adminDistrict, districtCode);
        List<TalentPoolRepository.Cell> cells = pool.countByDistrictAndBand(district, Dates.today());
        List<StaffSeekerViews.DistrictCount> byDistrict = reference.districts().stream()
                .filter(d -> district == null || d.code().equals(district))
                .filter(d -> !d.code().endsWith("00") || hasCells(d, cells))
                .map(d -> districtCount(d, cells))
                .toList();
        long total = cells.stream().mapToLong(TalentPoolRepository.Cell::count).sum();
        return new StaffSeekerViews.Statistics(total, bands(cells), byDistrict);
    }

    private static boolean hasCells(DistrictView district, List<TalentPoolRepository.Cell> cells) {
        return cells.stream().anyMatch(c -> c.districtCode().equals(district.code()));
    }

    private StaffSeekerViews.DistrictCount districtCount(DistrictView district,
            List<TalentPoolRepository.Cell> cells) {
        List<TalentPoolRepository.Cell> mine = cells.stream().filter(c -> c.districtCode().equals(district.code()))
                .toList();
        long count = mine.stream().mapToLong(TalentPoolRepository.Cell::count).sum();
        return new StaffSeekerViews.DistrictCount(district.code(), district.name(), count, bands(mine));
    }

    private static List<StaffSeekerViews.BandCount> bands(List<TalentPoolRepository.Cell> cells) {
        Map<AgeBand, Long> counts = cells.stream().collect(Collectors.groupingBy(TalentPoolRepository.Cell::band,
                Collectors.summingLong(TalentPoolRepository.Cell::count)));
        return Arrays.stream(AgeBand.values())
                .map(b -> new StaffSeekerViews.BandCount(b, b.label, counts.getOrDefault(b, 0L)))
                .toList();
    }

    private StaffSeekerViews.Summary summaryOf(Seeker s, LocalDate today) {
        List<String> occupations = s.occupations.keySet().stream().sorted().map(rules::occupationName).toList();
        return new StaffSeekerViews.Summary(s.id, s.realName, Masking.idNumber(rules.decrypt(s.idNumberCipher)),
                Masking.phone(rules.decrypt(s.phoneCipher)), s.sex, SeekerService.ageOf(s),
                AgeBand.of(s.birthDate, today), s.districtCode, rules.districtName(s.districtCode), s.street,
                occupations, SeekerRules.sorted(s.employmentForms), s.retiredProfessional,
                SeekerRules.sorted(s.priorityGroups), s.channel, s.createdAt);
    }

    /** The district a request may see: a scoped staff member's own, whatever they asked. */
    private static String scope(String adminDistrict, String requested) {
        if (adminDistrict == null) {
            return requested;
        }
        requireWithin(adminDistrict, requested == null ? adminDistrict : requested);
        return adminDistrict;
    }

    private static void requireWithin(String adminDistrict, String districtCode) {
        if (adminDistrict != null && !adminDistrict.equals(districtCode)) {
            throw ProblemException.forbidden("OUTSIDE_ADMIN_DISTRICT", "不在您的管辖范围",
                    "您只能办理本区市居民的登记");
        }
    }
}
