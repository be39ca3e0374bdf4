package cn.jiuweihai.silver.seeker;

import cn.jiuweihai.silver.auth.AccountErasure;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** The seeker's rights over their data (个人信息保护法): download everything, and deregister (注销). */
@ApplicationScoped
class SeekerRights {

    private final SeekerService seekers;
    private final SeekerApplications applications;
    private final Event<SeekerDeregistered> deregistered;
    private final AccountErasure accounts;

    SeekerRights(SeekerService seekers, SeekerApplications applications, Event<SeekerDeregistered> deregistered,
            AccountErasure accounts) {
        this.seekers = seekers;
        this.applications = applications;
        this.deregistered = deregistered;
        this.accounts = accounts;
    }

    @Transactional
    SeekerExport export(long userId) {
        Seeker seeker = seekers.require(userId);
        SeekerExport.Consents consents = SeekerExport.Consents.of(seeker);
        Log.infof("Seeker %d downloaded their data", seeker.id);
        return new SeekerExport(Instant.now(), seekers.profileOf(seeker), consents, applications.of(seeker.id),
                SeekerAccess.of(seeker.id));
    }

    /**
     * Withdraws what is open, erases every personal field, keeps only birth year, sex and district
     * for statistics, and ends the WeChat identity: a later login starts as a new user.
     */
    @Transactional
    void deregister(long userId) {
        Seeker seeker = seekers.require(userId);
        deregistered.fire(new SeekerDeregistered(seeker.id, userId));
        anonymise(seeker);
        accounts.erase(userId);
        Log.infof("Seeker %d deregistered", seeker.id);
    }

    private static void anonymise(Seeker seeker) {
        Instant now = Instant.now();
        seeker.status = SeekerEnums.Status.DEREGISTERED;
        seeker.deregisteredAt = now;
        seeker.updatedAt = now;
        seeker.userId = null;
        seeker.realName = Seeker.ERASED_NAME;
        seeker.idNumberCipher = null;
        seeker.idNumberHash = null;
        seeker.phoneCipher = null;
        seeker.phoneHash = null;
        seeker.birthDate = seeker.birthDate.withDayOfYear(1);
        seeker.street = null;
        seeker.consentNote = null;
        seeker.priorityGroups.clear();
        seeker.priorityConsentAt = null;
        SeekerRules.applyDetails(seeker, null);
    }
}
