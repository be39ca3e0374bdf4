package cn.jiuweihai.silver.matching;

import cn.jiuweihai.silver.common.Dates;
import cn.jiuweihai.silver.common.Salutation;
import cn.jiuweihai.silver.reference.ReferenceData;
import cn.jiuweihai.silver.seeker.AgeBand;
import cn.jiuweihai.silver.seeker.Seeker;
import cn.jiuweihai.silver.seeker.Sex;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
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
        return of(seeker.id, new Person(seeker.realName, seeker.sex == Sex.FEMALE, seeker.birthDate,
                seeker.districtCode), seeker.occupations, seeker.retiredProfessional ? seeker.formerProfession : null,
                seeker.titleName);
    }

    /** Who a candidate is, as far as the card tells. */
    record Person(String realName, boolean female, LocalDate birthDate, String districtCode) {

        @Override
        public String toString() {
            return "Person[redacted]";
        }
    }

    CandidateCard of(long seekerId, Person person, Map<Integer, Integer> occupations, String formerProfession,
            String titleName) {
        return new CandidateCard(seekerId, Salutation.of(person.realName(), person.female()),
                AgeBand.of(person.birthDate(), Dates.today()).label, reference.districtName(person.districtCode()),
                skills(occupations, formerProfession, titleName));
    }

    /** Occupations with their years (养老护理员 8年), then a former profession and its title. */
    private List<String> skills(Map<Integer, Integer> occupations, String formerProfession, String titleName) {
        List<String> skills = new ArrayList<>();
        for (Map.Entry<Integer, Integer> occupation : occupations.entrySet()) {
            String name = reference.occupation(occupation.getKey()).name();
            Integer years = occupation.getValue();
            skills.add(years == null || years == 0 ? name : name + " " + years + "年");
        }
        if (formerProfession != null) {
            skills.add(titleName == null ? "退休" + formerProfession : "退休" + formerProfession + "（" + titleName + "）");
        }
        return skills;
    }
}
