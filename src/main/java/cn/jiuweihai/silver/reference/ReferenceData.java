package cn.jiuweihai.silver.reference;

import cn.jiuweihai.silver.common.ProblemException;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Districts and occupations, read once at start-up: they change only with a migration, so
 * every request that names one is checked without a query.
 */
@ApplicationScoped
public class ReferenceData {

    private volatile Map<String, DistrictView> districts = Map.of();
    private volatile Map<Integer, OccupationView> occupations = Map.of();

    @Transactional
    void load(@Observes StartupEvent event) {
        Map<String, DistrictView> byCode = new LinkedHashMap<>();
        // The city row is the parent of the seven divisions, not a place one lives or works in.
        District.<District>listAll().stream()
                .filter(d -> d.parentCode != null)
                .sorted((a, b) -> Integer.compare(a.sortOrder, b.sortOrder))
                .forEach(d -> byCode.put(d.code, new DistrictView(d.code, d.name, d.codeKind)));
        Map<Integer, OccupationView> byId = new LinkedHashMap<>();
        Occupation.<Occupation>listAll().stream()
                .sorted((a, b) -> Integer.compare(a.id, b.id))
                .forEach(o -> byId.put(o.id, new OccupationView(o.id, o.name, o.code)));
        districts = byCode;
        occupations = byId;
    }

    public List<DistrictView> districts() {
        return List.copyOf(districts.values());
    }

    public List<OccupationView> occupations() {
        return List.copyOf(occupations.values());
    }

    /** The district's name; refuses a code that is not one of Weihai's divisions. */
    public String requireDistrict(String code, String field) {
        DistrictView district = code == null ? null : districts.get(code);
        if (district == null) {
            throw ProblemException.invalidField("DISTRICT_UNKNOWN", field, "请选择威海市的区市或开发区");
        }
        return district.name();
    }

    public String districtName(String code) {
        DistrictView district = districts.get(code);
        return district == null ? code : district.name();
    }

    /** The occupation; refuses an id that is not in the list. */
    public OccupationView requireOccupation(Integer id, String field) {
        OccupationView occupation = occupations.get(id);
        if (occupation == null) {
            throw ProblemException.invalidField("OCCUPATION_UNKNOWN", field, "请从列表中选择工种");
        }
        return occupation;
    }

    public OccupationView occupation(Integer id) {
        return id == null ? null : occupations.get(id);
    }
}
