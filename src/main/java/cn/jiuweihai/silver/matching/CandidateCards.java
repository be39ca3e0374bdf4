package cn.jiuweihai.silver.matching;

import cn.jiuweihai.silver.common.Dates;
import cn.jiuweihai.silver.common.Salutation;
import cn.jiuweihai.silver.reference.ReferenceData;
import cn.jiuweihai.silver.seeker.Seeker;
import cn.jiuweihai.silver.seeker.Sex;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** Builds what an employer may see of a candidate who has not applied to it. */
@ApplicationScoped
public class CandidateCards {

    private static final int BAND = 5;

    private final ReferenceData reference;

    CandidateCards(ReferenceData reference) {
        this.reference = reference;
    }

    /** The card of a registered seeker. */
    public CandidateCard of(Seeker seeker) {
        return new CandidateCard(seeker.id, Salutation.of(seeker.realName, seeker.sex == Sex.FEMALE),
                ageBand(seeker.birthDate, Dates.today()), reference.districtName(seeker.districtCode), skills(seeker));
    }

    /** 57 → 55-59岁. */
    static String ageBand(LocalDate birthDate, LocalDate today) {
        int age = Period.between(birthDate, today).getYears();
        int from = age / BAND * BAND;
        return from + "-" + (from + BAND - 1) + "岁";
    }

    // Not yet: the registry keeps no occupations or skills of a seeker, so the list is empty.
    private static List<String> skills(Seeker seeker) {
        return List.of();
    }
}
