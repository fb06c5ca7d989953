package be.brugwerk.people.participant;

import be.brugwerk.people.ConsentPurpose;
import be.brugwerk.people.LegalBasis;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.people.SharingRole;
import be.brugwerk.system.Pg;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What participants agreed to, and the legal basis their organisation relies on per purpose. */
@Repository
public class Consents {

    private final JdbcClient jdbc;

    Consents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a consent, replacing the current one for the same purpose (which is kept, dated as withdrawn). */
    public void give(
            UUID organisation,
            ParticipantId participant,
            ConsentPurpose purpose,
            Set<SharingRole> sharedWith,
            UUID recordedBy,
            Instant now) {
        withdraw(participant, purpose, recordedBy, now);
        jdbc.sql("""
                insert into consent (id, organisation_id, participant_id, purpose, shared_with, given_at, recorded_by)
                values (?, ?, ?, ?, cast(? as text[]), ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        organisation,
                        participant.value(),
                        purpose.name(),
                        Pg.array(sharedWith),
                        Pg.timestamp(now),
                        recordedBy)
                .update();
    }

    public boolean withdraw(ParticipantId participant, ConsentPurpose purpose, UUID by, Instant now) {
        return jdbc.sql("""
                update consent set withdrawn_at = ?, withdrawn_by = ?
                where participant_id = ? and purpose = ? and withdrawn_at is null""")
                        .params(Pg.timestamp(now), by, participant.value(), purpose.name())
                        .update()
                > 0;
    }

    /** The legal basis per purpose; a purpose the organisation did not set rests on consent. */
    public Map<ConsentPurpose, LegalBasis> legalBases(UUID organisation) {
        Map<ConsentPurpose, LegalBasis> bases = new EnumMap<>(ConsentPurpose.class);
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            bases.put(purpose, LegalBasis.CONSENT);
        }
        jdbc.sql("select purpose, basis from legal_basis where organisation_id = ?")
                .param(organisation)
                .query(row -> {
                    bases.put(ConsentPurpose.valueOf(row.getString(1)), LegalBasis.valueOf(row.getString(2)));
                });
        return bases;
    }

    public void setLegalBasis(UUID organisation, ConsentPurpose purpose, LegalBasis basis) {
        jdbc.sql("""
                insert into legal_basis (organisation_id, purpose, basis) values (?, ?, ?)
                on conflict (organisation_id, purpose) do update set basis = excluded.basis""").params(organisation, purpose.name(), basis.name()).update();
    }
}
