package cn.jiuweihai.silver.matching;

import cn.jiuweihai.silver.common.Dates;
import cn.jiuweihai.silver.common.Salutation;
import cn.jiuweihai.silver.reference.ReferenceData;
import cn.jiuweihai.silver.seeker.AgeBand;
import cn.jiuweihai.silver.seeker.Seeker;
import cn.jiuweihai.silver.seeker.Sex;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds what an employer may see of a candidate who has not applied to it. */
@ApplicationScoped
public class CandidateCards {

    private final ReferenceData reference;

    CandidateCards(ReferenceData reference) {
        this.reference = reference;
    }

    /** The card of a registered seeker. */
    public CandidateCard of(Seeker seeker) {
        return new CandidateCard(seeker.id, Salutation.of(seeker.realName, seeker.sex == Sex.FEMALE),
                AgeBand.of(seeker.birthDate, Dates.today()).label, reference.districtName(seeker.districtCode),
                skills(seeker));
    }

    /** Occupations with their years (养老护理员 8年), then a former profession and its title. */
    private List<String> skills(Seeker seeker) {
        List<String> skills = new ArrayList<>();
        for (Map.Entry<Integer, Integer> occupation : seeker.occupations.entrySet()) {
            String name = reference.occupation(occupation.getKey()).name();
            Integer years = occupation.getValue();
            skills.add(years == null || years == 0 ? name : name + " " + years + "年");
        }
        if (seeker.retiredProfessional && seeker.formerProfession != null) {
            skills.add(seeker.titleName == null ? "退休" + seeker.formerProfession
                    : "退休" + seeker.formerProfession + "（" + seeker.titleName + "）");
        }
        return skills;
    }
}
