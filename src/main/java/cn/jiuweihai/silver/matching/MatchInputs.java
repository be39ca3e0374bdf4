package cn.jiuweihai.silver.matching;

import cn.jiuweihai.silver.job.JobEnums;
import cn.jiuweihai.silver.seeker.SeekerEnums;
import java.util.Map;
import java.util.Set;

/** What the scorer reads of a seeker and of a job, copied out of the entities. */
final class MatchInputs {

    private MatchInputs() {
    }

    /** A seeker's profile as far as matching is concerned; missing parts are null or empty. */
    record Profile(
            long seekerId,
            int age,
            String districtCode,
            GeoPoint home,
            Map<Integer, Integer> occupationYears,
            Set<JobEnums.Category> desiredCategories,
            Set<JobEnums.EmploymentForm> employmentForms,
            Set<SeekerEnums.ScheduleSlot> schedule,
            SeekerEnums.PhysicalCapacity capacity,
            Integer expectedPay,
            JobEnums.PayUnit expectedPayUnit,
            Integer maxTravelKm) {
    }

    /** A published job as far as matching is concerned. */
    record Posting(
            long jobId,
            String districtCode,
            String districtName,
            GeoPoint location,
            Integer occupationId,
            String occupationName,
            JobEnums.Category category,
            JobEnums.EmploymentForm employmentForm,
            String schedule,
            JobEnums.PhysicalDemand physicalDemand,
            int payMax,
            JobEnums.PayUnit payUnit,
            Integer ageMin,
            Integer ageMax,
            Set<JobEnums.Feature> features) {
    }

    /** A GCJ-02 point; short distances between two such points are close enough to true ones. */
    record GeoPoint(double latitude, double longitude) {

        private static final double EARTH_RADIUS_KM = 6371.0088;

        /** Great-circle distance in kilometres. */
        double kmTo(GeoPoint other) {
            double dLat = Math.toRadians(other.latitude - latitude);
            double dLon = Math.toRadians(other.longitude - longitude);
            double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(latitude))
                    * Math.cos(Math.toRadians(other.latitude)) * Math.pow(Math.sin(dLon / 2), 2);
            return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
        }
    }
}
