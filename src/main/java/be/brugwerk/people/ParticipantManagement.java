package be.brugwerk.people;

import be.brugwerk.people.AuditTrail.Action;
import be.brugwerk.people.ParticipantView.CaseloadMember;
import be.brugwerk.people.participant.CaseloadPolicy;
import be.brugwerk.people.participant.Consents;
import be.brugwerk.people.participant.Participants;
import be.brugwerk.system.Keyset;
import be.brugwerk.system.NotFound;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.Role;
import be.brugwerk.system.SignedInUser;
import be.brugwerk.system.Tenancy;
import be.brugwerk.system.VersionConflict;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participants and their caseloads, as the signed-in person may see and change them. Every read and write is
 * audited in the same transaction. A participant the person may not see does not exist for them (404); a
 * change they may not make is forbidden (403). Withdrawing a consent and archiving are published as events
 * ({@link ConsentWithdrawn}, {@link ParticipantArchived}) for the modules that react to them.
 */
@Service
@Transactional // read-write, also for reads: their audit rows are written in the same transaction
public class ParticipantManagement {

    private static final AuditTrail.Subject SUBJECT = AuditTrail.Subject.PARTICIPANT;

    private final Participants participants;
    private final Consents consents;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ParticipantManagement(
            Participants participants,
            Consents consents,
            AuditTrail audit,
            Clock clock,
            ApplicationEventPublisher events) {
        this.participants = participants;
        this.consents = consents;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    public List<ParticipantView> list(String search) {
        SignedInUser me = Tenancy.requireUser();
        List<ParticipantView> found = participants.visibleTo(me, seesOrganisation(me), search, false);
        audit.record(search == null || search.isBlank() ? Action.LIST : Action.SEARCH, SUBJECT, ids(found));
        return found;
    }

    /**
     * One page of the participants the person may see (not archived), newest first, narrowed by {@code search} if
     * given, from {@code from} (the newest when {@code null}); one audit row names the page's participants.
     */
    public Keyset.Page<ParticipantView, ParticipantId> page(
            String search, Keyset.Cursor<ParticipantId> from, int size) {
        SignedInUser me = Tenancy.requireUser();
        Keyset.Page<ParticipantView, ParticipantId> page =
                participants.visibleTo(me, seesOrganisation(me), search, from, size);
        audit.record(search == null || search.isBlank() ? Action.LIST : Action.SEARCH, SUBJECT, ids(page.rows()));
        return page;
    }

    /**
     * The names of the participants on the current coach's own caseload (a professional's or a volunteer coach's) they
     * may work with, in one query and without an audit row: {@link #ownCaseloadWorkable} with the names, never wider
     * than the caseload, also where the organisation lets professionals see every participant. For another module's
     * list that starts from the coach's own caseload (where {@link #worksAcrossOrganisation} is false) and shows a
     * page of its rows by name. It reads the caseload's names, at most the caseload, to show those of one page: its
     * audit row names the participants it shows, as every list's does, not those it read to choose them.
     */
    @Transactional(readOnly = true)
    public Map<ParticipantId, String> ownCaseloadWorkableNamed() {
        SignedInUser me = Tenancy.requireRole(Role.PROFESSIONAL, Role.VOLUNTEER_COACH);
        return participants.workableNamesBy(me, false);
    }

    /**
     * The participants on the current coach's own caseload (a professional's or a volunteer coach's), not archived and
     * workable, with one audit row naming them: what a coach's home starts from, also where the organisation lets
     * professionals see every participant.
     */
    public List<ParticipantView> ownCaseload() {
        SignedInUser me = Tenancy.requireRole(Role.PROFESSIONAL, Role.VOLUNTEER_COACH);
        List<ParticipantView> own = participants.visibleTo(me, false, null, false).stream()
                .filter(p -> !p.restricted())
                .toList();
        if (!own.isEmpty()) {
            audit.record(Action.LIST, SUBJECT, ids(own));
        }
        return own;
    }

    public ParticipantView get(ParticipantId id) {
        ParticipantView participant = visible(id);
        audit.record(Action.READ, SUBJECT, List.of(id.value()));
        return participant;
    }

    /**
     * Whether the current person may see and work with this participant (one query, no audit row); for other
     * modules, which audit their own reads.
     */
    @Transactional(readOnly = true)
    public boolean isVisible(ParticipantId id) {
        SignedInUser me = Tenancy.requireUser();
        return participants.isWorkableBy(me, seesOrganisation(me), id);
    }

    /**
     * The participants the current person may see and work with (not archived, with a ground to process their data),
     * in one query and without an audit row (ids only, no data read): for another module's choice among them (the
     * role proposals keep those of them who are {@link #approachableForMatching}).
     */
    @Transactional(readOnly = true)
    public Set<ParticipantId> workable() {
        SignedInUser me = Tenancy.requireUser();
        Set<ParticipantId> workable = new LinkedHashSet<>();
        participants.workableBy(me, seesOrganisation(me)).forEach(id -> workable.add(new ParticipantId(id)));
        return workable;
    }

    /**
     * The participants on the current coach's own caseload (a professional's or a volunteer coach's) they may work
     * with, ids only, in one query and without an audit row: {@link #workable} bounded by the caseload also where the
     * organisation lets professionals see every participant. For another module's list that promises a coach their own
     * caseload; it audits its own reads.
     */
    @Transactional(readOnly = true)
    public Set<ParticipantId> ownCaseloadWorkable() {
        SignedInUser me = Tenancy.requireRole(Role.PROFESSIONAL, Role.VOLUNTEER_COACH);
        Set<ParticipantId> own = new LinkedHashSet<>();
        participants.workableBy(me, false).forEach(id -> own.add(new ParticipantId(id)));
        return own;
    }

    /**
     * How much of what matches a bounded choice shows. Two cases are told apart because a page words them differently:
     * when more matched, the names shown are the first by name; when reading stopped, fewer than the bound may be shown
     * although others match further on, so saying "only the first are shown" over three names would be false.
     */
    public enum Reach {
        /** Every match is shown. */
        EVERY_MATCH,
        /** More matched than are shown: those shown are the first by name. */
        FIRST_MATCHES,
        /**
         * Reading stopped after its most ({@code MOST_READ_FOR_A_CHOICE} rows and the one beyond), most of them left
         * out, before the choice was full: others may match further on in name order (a longer search finds them).
         */
        STOPPED_READING;

        /** Whether others than those shown may match too (more matched, or reading stopped before all were read). */
        public boolean more() {
            return this != EVERY_MATCH;
        }
    }

    /** A bounded choice of participants: at most its bound, by name in name order, and how much of what matched. */
    public record NamedChoice(Map<ParticipantId, String> names, Reach reach) {

        /** Whether others than those shown may match too ({@link Reach#more}). */
        public boolean more() {
            return reach.more();
        }

        /** Whether more matched than are shown, and those shown are the first by name ({@link Reach#FIRST_MATCHES}). */
        public boolean firstMatches() {
            return reach == Reach.FIRST_MATCHES;
        }

        /** Whether reading stopped before the choice was full: others may match further on ({@link Reach#STOPPED_READING}). */
        public boolean stoppedReading() {
            return reach == Reach.STOPPED_READING;
        }

        /** Whether {@code participant} is one of those offered (never null): a form keeps a choice only while it is. */
        public boolean offers(ParticipantId participant) {
            return participant != null && names.containsKey(participant);
        }
    }

    /**
     * The most participants {@link #workableNamed(String, int, Function)} reads for one choice, however many it leaves
     * out (the trajectory list's most at once).
     */
    static final int MOST_READ_FOR_A_CHOICE = 8 * Keyset.PAGE_SIZE;

    /**
     * Up to {@code limit} of the participants the current person may work with (the same test as {@link #workable})
     * whose name contains {@code search} (any case; all when blank), in name order, leaving out those that {@code leftOutAmong}
     * picks of the ids it is asked about, and how much of what matched ({@link Reach}); no audit row. What is left out
     * (those with an open trajectory, those on a programme's waiting list) may hold most of the organisation, so it is
     * asked only about the rows read, never passed whole: the first read is the choice and one row more, and only when
     * rows were left out the next read continues in name order after the last row read (a keyset on the name and id as they were read, so a row renamed or archived meanwhile moves nothing, and so
     * no read is given the rows read before it) with as many as are missing, widened by the share left out so far, and
     * twice the last read when that kept nobody ({@link Keyset#nextRead}); after {@link #MOST_READ_FOR_A_CHOICE} rows read and one beyond (so that exactly as
     * many matches are known to be all) it stops and says so ({@link Reach#STOPPED_READING}: a longer search finds
     * others). So it costs two statements when the first read leaves nobody out (or holds every match), and two more
     * for each further read, whatever the size of the organisation.
     */
    @Transactional(readOnly = true)
    public NamedChoice workableNamed(
            String search, int limit, Function<Set<ParticipantId>, Set<ParticipantId>> leftOutAmong) {
        SignedInUser me = Tenancy.requireUser();
        boolean seesOrganisation = seesOrganisation(me);
        int wanted = limit + 1;
        Map<ParticipantId, String> kept = new LinkedHashMap<>();
        Participants.NameKey last = null;
        int read = 0;
        int batch = wanted;
        while (true) {
            // each read continues in name order after the last row read, as it was read (a keyset, as the lists page
            // on)
            Participants.NamedRead reading = participants.workableNamed(me, seesOrganisation, search, last, batch);
            Map<ParticipantId, String> found = reading.names();
            Set<ParticipantId> leftOut = found.isEmpty() ? Set.of() : leftOutAmong.apply(found.keySet());
            int keptBefore = kept.size();
            for (Map.Entry<ParticipantId, String> row : found.entrySet()) {
                if (!leftOut.contains(row.getKey()) && kept.size() < wanted) {
                    kept.put(row.getKey(), row.getValue());
                }
            }
            if (reading.last() != null) {
                last = reading.last();
            }
            read += found.size();
            if (kept.size() >= wanted || found.size() < batch) {
                break;
            }
            if (read > MOST_READ_FOR_A_CHOICE) {
                // the choice is not full (else the loop ended above), and the row beyond the most was there
                return new NamedChoice(kept, Reach.STOPPED_READING);
            }
            batch = Keyset.nextRead(
                    wanted - kept.size(),
                    read,
                    kept.size(),
                    batch,
                    kept.size() - keptBefore,
                    MOST_READ_FOR_A_CHOICE + 1 - read);
        }
        if (kept.size() <= limit) {
            return new NamedChoice(kept, Reach.EVERY_MATCH);
        }
        kept.remove(kept.keySet().stream().skip(limit).findFirst().orElseThrow());
        return new NamedChoice(kept, Reach.FIRST_MATCHES);
    }

    /** {@link #offeredWithChosenFirst(String, int, Collection, Function)} with one chosen, or none when null. */
    public NamedChoice offeredWithChosenFirst(
            String search,
            int limit,
            ParticipantId chosen,
            Function<Set<ParticipantId>, Set<ParticipantId>> leftOutAmong) {
        return offeredWithChosenFirst(search, limit, chosen == null ? List.of() : List.of(chosen), leftOutAmong);
    }

    /**
     * A bounded choice of participants as a form offers it, with one audit row naming exactly those offered ({@code
     * LIST} for a blank search, else {@code SEARCH}; also when it names nobody): {@link #workableNamed(String, int,
     * Function)}, with those of {@code chosen} first (in their order, each once) that the current person may work with
     * and {@code leftOutAmong} does not leave out, wherever they come in the name order (a refused form keeps its choice,
     * a page may link to a form with someone chosen); its {@link NamedChoice#reach} is the search's. The chosen not
     * found by the search cost two statements more, and none when the search found them.
     */
    public NamedChoice offeredWithChosenFirst(
            String search,
            int limit,
            Collection<ParticipantId> chosen,
            Function<Set<ParticipantId>, Set<ParticipantId>> leftOutAmong) {
        NamedChoice found = workableNamed(search, limit, leftOutAmong);
        Set<ParticipantId> first = new LinkedHashSet<>(chosen);
        first.remove(null);
        List<ParticipantId> unfound =
                first.stream().filter(id -> !found.names().containsKey(id)).toList();
        Map<ParticipantId, String> named = new LinkedHashMap<>(workableNamedAmong(unfound));
        if (!named.isEmpty()) {
            named.keySet().removeAll(leftOutAmong.apply(Set.copyOf(named.keySet())));
        }
        Map<ParticipantId, String> offered = new LinkedHashMap<>();
        for (ParticipantId id : first) {
            String name = found.names().containsKey(id) ? found.names().get(id) : named.get(id);
            if (name != null) {
                offered.put(id, name);
            }
        }
        found.names().forEach(offered::putIfAbsent);
        audit.record(
                search == null || search.isBlank() ? Action.LIST : Action.SEARCH,
                SUBJECT,
                offered.keySet().stream().map(ParticipantId::value).toList());
        return new NamedChoice(offered, found.reach());
    }

    /**
     * Those of {@code ids} the current person may work with (the same test as {@link #workable}), in one query bounded
     * by {@code ids} and without an audit row: for another module's list of the whole organisation's rows, which pages
     * its own rows first and keeps those of a participant found here, so that its cost follows its page, not the
     * organisation's size.
     */
    @Transactional(readOnly = true)
    public Set<ParticipantId> workableAmong(Collection<ParticipantId> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        SignedInUser me = Tenancy.requireUser();
        Set<ParticipantId> workable = new LinkedHashSet<>();
        participants.workableBy(me, seesOrganisation(me), ids).forEach(id -> workable.add(new ParticipantId(id)));
        return workable;
    }

    /**
     * The names of those of {@code ids} the current person may work with (the same test as {@link #workable}), in one
     * query bounded by {@code ids} and without an audit row: {@link #workableAmong} and {@link #namesAuditedByCaller}
     * in one, for another module's list of the whole organisation's rows that pages its own rows first, keeps those of
     * a participant found here and shows them by name; it audits the rows it shows.
     */
    @Transactional(readOnly = true)
    public Map<ParticipantId, String> workableNamedAmong(Collection<ParticipantId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        SignedInUser me = Tenancy.requireUser();
        return participants.workableNamesBy(me, seesOrganisation(me), ids);
    }

    /**
     * Whether the participants the current person may work with are drawn from the whole organisation (a coordinator,
     * or a professional where the organisation lets professionals see every participant) rather than from their own
     * caseload. A module's list then pages its own rows and checks them with {@link #workableAmong} (or
     * {@link #workableNamedAmong}, which names them too); otherwise the person's own caseload is the narrower start
     * ({@link #ownCaseloadWorkableNamed}).
     */
    @Transactional(readOnly = true)
    public boolean worksAcrossOrganisation() {
        SignedInUser me = Tenancy.requireUser();
        return CaseloadPolicy.of(me.role(), seesOrganisation(me)) == CaseloadPolicy.WHOLE_ORGANISATION;
    }

    /**
     * Throws {@link NotFound} unless the current person may see this participant; no audit row. Asked before a
     * request's input is read (ADR 0006). Seeing is enough here: a participant without a ground for processing is
     * still shown, restricted, and what they may not do is refused by the handler.
     */
    @Transactional(readOnly = true)
    public void checkAccess(ParticipantId id) {
        visible(id);
    }

    /**
     * The participant as the current person may see them, without an audit row: for other modules' pages, which
     * audit their own read of the participant's data (one row per request).
     */
    @Transactional(readOnly = true)
    public ParticipantView getWithoutAudit(ParticipantId id) {
        return visible(id);
    }

    /**
     * Those of {@code ids} the current person may see, as {@link #getWithoutAudit} gives each, in one query and without
     * an audit row: for other modules that read many participants at once (a role matching run) and audit their own
     * use with one row naming them.
     */
    @Transactional(readOnly = true)
    public Map<ParticipantId, ParticipantView> getAllWithoutAudit(Collection<ParticipantId> ids) {
        SignedInUser me = Tenancy.requireUser();
        return participants.visibleTo(me, seesOrganisation(me), ids);
    }

    /**
     * The names of those of {@code ids} the current person may see, with one audit row naming them: for other
     * modules that show participants by name (a waiting list, proposed pairs).
     */
    public Map<ParticipantId, String> names(Collection<ParticipantId> ids) {
        Map<ParticipantId, String> names = namesAuditedByCaller(ids);
        if (!names.isEmpty()) {
            audit.record(
                    Action.LIST,
                    SUBJECT,
                    names.keySet().stream().map(ParticipantId::value).toList());
        }
        return names;
    }

    /**
     * The names of those of {@code ids} the current person may see, without an audit row: for a module whose own
     * audit row of the same request names these participants (the role proposals name the proposed), so that one read
     * is one row.
     */
    public Map<ParticipantId, String> namesAuditedByCaller(Collection<ParticipantId> ids) {
        SignedInUser me = Tenancy.requireUser();
        Map<ParticipantId, String> visible = participants.namesVisibleTo(me, seesOrganisation(me), ids);
        Map<ParticipantId, String> names = new LinkedHashMap<>();
        for (ParticipantId id : new LinkedHashSet<>(ids)) {
            String name = visible.get(id);
            if (name != null) {
                names.put(id, name);
            }
        }
        return names;
    }

    /**
     * Those of {@code ids} the current person may see who may be approached for matching now: not archived,
     * processed on a valid ground, and with a current MATCHING consent. One query, no audit row (ids only, no data
     * read).
     */
    @Transactional(readOnly = true)
    public Set<ParticipantId> approachableForMatching(Collection<ParticipantId> ids) {
        return new LinkedHashSet<>(approachable(ids).keySet());
    }

    /**
     * The languages registered for those of {@code ids} who may be approached for matching now (the test of
     * {@link #approachableForMatching}), in the order of {@code ids}: one query, and nothing else of them, without an
     * audit row. For the role run, which asks only about those it weighs (those with a talent to share) and names
     * exactly them in its own audit row.
     */
    @Transactional(readOnly = true)
    public Map<ParticipantId, List<String>> languagesForMatching(Collection<ParticipantId> ids) {
        Map<ParticipantId, List<String>> languages = new LinkedHashMap<>();
        approachable(ids).forEach((id, p) -> languages.put(id, p.details().languages()));
        return languages;
    }

    private Map<ParticipantId, ParticipantView> approachable(Collection<ParticipantId> ids) {
        SignedInUser me = Tenancy.requireUser();
        Map<ParticipantId, ParticipantView> visible = participants.visibleTo(me, seesOrganisation(me), ids);
        Map<ParticipantId, ParticipantView> approachable = new LinkedHashMap<>();
        for (ParticipantId id : new LinkedHashSet<>(ids)) {
            ParticipantView p = visible.get(id);
            if (p != null && !p.archived() && !p.restricted() && p.approachableForMatching()) {
                approachable.put(id, p);
            }
        }
        return approachable;
    }

    /**
     * Those of {@code ids} of the current person's organisation whose data may be processed now (the PROCESSING
     * consent, where that is the ground, not withdrawn): for other modules' aggregates. No audit row (ids only, no
     * data read).
     */
    @Transactional(readOnly = true)
    public Set<ParticipantId> processable(Collection<ParticipantId> ids) {
        SignedInUser me = Tenancy.requireUser();
        Set<ParticipantId> processable = new LinkedHashSet<>();
        participants
                .processable(
                        me.organisationId(),
                        ids.stream().map(ParticipantId::value).toList())
                .forEach(id -> processable.add(new ParticipantId(id)));
        return processable;
    }

    /** Whether the signed-in person may register participants (the pages offer the form only to them, ADR 0006). */
    @Transactional(propagation = Propagation.SUPPORTS) // a role check reads nothing: no transaction of its own
    public boolean mayRegister() {
        return Tenancy.currentUser()
                .map(me -> me.hasRole(Role.COORDINATOR) || me.hasRole(Role.PROFESSIONAL))
                .orElse(false);
    }

    /** Whether the signed-in person may assign caseloads (the coordinator; the page offers the forms only to them). */
    @Transactional(propagation = Propagation.SUPPORTS) // a role check reads nothing: no transaction of its own
    public boolean mayAssignCaseload() {
        return Tenancy.currentUser().map(me -> me.hasRole(Role.COORDINATOR)).orElse(false);
    }

    /**
     * Registers a participant with the consents they gave at registration. A professional who registers someone
     * takes them on their own caseload.
     */
    public ParticipantView register(ParticipantDetails details, Map<ConsentPurpose, Set<SharingRole>> consentsGiven) {
        SignedInUser me = Tenancy.requireRole(Role.COORDINATOR, Role.PROFESSIONAL);
        details.requireBornBy(clock);
        ParticipantDetails.requireLanguagesFit(details.languages());
        if (consents.legalBases(me.organisationId()).get(ConsentPurpose.PROCESSING) == LegalBasis.CONSENT
                && !consentsGiven.containsKey(ConsentPurpose.PROCESSING)) {
            throw new Refusal("consents", "participant.consent.processingRequired");
        }
        ParticipantId id = participants.register(me.organisationId(), details, clock.instant());
        // One audit row for the registration; the consents given with it are part of it (and dated in consent).
        audit.record(Action.CREATE, SUBJECT, List.of(id.value()));
        consentsGiven.forEach((purpose, sharedWith) -> consents.give(
                me.organisationId(),
                id,
                purpose,
                purpose.sharedWith("sharedWith", sharedWith),
                me.accountId(),
                clock.instant()));
        if (me.hasRole(Role.PROFESSIONAL)) {
            participants.assign(me.organisationId(), id, me.accountId(), me.accountId(), clock.instant());
        }
        return visible(id); // covered by the registration's audit row
    }

    /**
     * Changes the details if nobody else changed them since {@code version} was read; returns the new state.
     *
     * @throws ParticipantIsArchived when the participant is archived, also when it was archived after {@code version}
     *     was read (that is why the version no longer matches)
     */
    public ParticipantView update(ParticipantId id, ParticipantDetails details, int version) {
        Tenancy.requireRole(Role.COORDINATOR, Role.PROFESSIONAL);
        requireChangeable(id);
        details.requireBornBy(clock);
        ParticipantDetails.requireLanguagesFit(details.languages());
        if (!participants.update(id, details, version)) {
            visible(id).requireChangeable(); // archived meanwhile: say so, not that someone changed the details
            throw new VersionConflict("participant.conflict");
        }
        audit.record(Action.UPDATE, SUBJECT, List.of(id.value()));
        return visible(id); // covered by the update's audit row
    }

    /** Archives the participant: their file becomes read-only ({@link ParticipantView#requireChangeable}). */
    public void archive(ParticipantId id) {
        SignedInUser me = Tenancy.requireRole(Role.COORDINATOR, Role.PROFESSIONAL);
        visible(id).requireChangeable(); // archived once: archiving again would date it anew and tell the modules again
        Instant now = clock.instant();
        participants.archive(id, now);
        audit.record(Action.ARCHIVE, SUBJECT, List.of(id.value()));
        events.publishEvent(new ParticipantArchived(me.organisationId(), id, now));
    }

    public List<CaseloadMember> caseloadCandidates() {
        return participants.caseloadCandidates(
                Tenancy.requireRole(Role.COORDINATOR).organisationId());
    }

    public void assign(ParticipantId id, UUID account) {
        SignedInUser me = Tenancy.requireRole(Role.COORDINATOR);
        requireChangeable(id);
        boolean candidate = participants.caseloadCandidates(me.organisationId()).stream()
                .anyMatch(member -> member.accountId().equals(account));
        if (!candidate) {
            throw new NotFound("Professional or volunteer coach");
        }
        participants.assign(me.organisationId(), id, account, me.accountId(), clock.instant());
        audit.record(Action.ASSIGN, SUBJECT, List.of(id.value()));
    }

    /** Takes someone off the caseload; also of an archived participant, whose caseload need not outlive the file. */
    public void unassign(ParticipantId id, UUID account) {
        Tenancy.requireRole(Role.COORDINATOR);
        visible(id);
        if (!participants.unassign(id, account)) {
            throw new NotFound("Caseload assignment");
        }
        audit.record(Action.UNASSIGN, SUBJECT, List.of(id.value()));
    }

    /** Records a consent; not for an archived participant ({@link ParticipantIsArchived}). */
    public void giveConsent(ParticipantId id, ConsentPurpose purpose, Set<SharingRole> sharedWith) {
        SignedInUser me = Tenancy.requireRole(Role.COORDINATOR, Role.PROFESSIONAL);
        visible(id).requireChangeable();
        give(me, id, purpose, sharedWith);
    }

    /** Withdraws a consent; also of an archived participant: withdrawing is the participant's right at any time. */
    public void withdrawConsent(ParticipantId id, ConsentPurpose purpose) {
        SignedInUser me = Tenancy.requireRole(Role.COORDINATOR, Role.PROFESSIONAL);
        visible(id);
        Instant now = clock.instant();
        if (!consents.withdraw(id, purpose, me.accountId(), now)) {
            throw new NotFound("Consent");
        }
        audit.record(Action.CONSENT_WITHDRAWN, SUBJECT, List.of(id.value()));
        events.publishEvent(new ConsentWithdrawn(me.organisationId(), id, purpose, now));
    }

    @Transactional(readOnly = true)
    public Map<ConsentPurpose, LegalBasis> legalBases() {
        return consents.legalBases(Tenancy.requireUser().organisationId());
    }

    /**
     * Sets the organisation's legal basis of each purpose given (those left out stay), all or none: each is checked
     * before any is written, and one that is missing or does not fit its purpose is refused naming {@code
     * legalBases.PURPOSE}.
     */
    public void setLegalBases(Map<ConsentPurpose, LegalBasis> bases) {
        UUID organisation = Tenancy.requireRole(Role.ORGANISATION_ADMIN).organisationId();
        bases.forEach((purpose, basis) -> {
            if (basis == null) {
                throw new Refusal("legalBases." + purpose, "input.required");
            }
            if (!basis.fits(purpose)) {
                throw new Refusal("legalBases." + purpose, "consent.legalBasis.consentOnly");
            }
        });
        bases.forEach((purpose, basis) -> consents.setLegalBasis(organisation, purpose, basis));
        if (!bases.isEmpty()) {
            audit.record(Action.UPDATE, AuditTrail.Subject.ORGANISATION, List.of(organisation));
        }
    }

    private void give(SignedInUser me, ParticipantId id, ConsentPurpose purpose, Set<SharingRole> sharedWith) {
        consents.give(
                me.organisationId(),
                id,
                purpose,
                purpose.sharedWith("sharedWith", sharedWith),
                me.accountId(),
                clock.instant());
        audit.record(Action.CONSENT_GIVEN, SUBJECT, List.of(id.value()));
    }

    private ParticipantView visible(ParticipantId id) {
        SignedInUser me = Tenancy.requireUser();
        return participants.visibleTo(me, seesOrganisation(me), id).orElseThrow(() -> new NotFound("Participant"));
    }

    /** Visible, not archived, and with a ground to process their data: only then may their details change. */
    private ParticipantView requireChangeable(ParticipantId id) {
        ParticipantView participant = visible(id);
        participant.requireChangeable();
        if (participant.restricted()) {
            throw new ConsentMissing(ConsentPurpose.PROCESSING);
        }
        return participant;
    }

    private boolean seesOrganisation(SignedInUser me) {
        return me.organisationId() != null && participants.professionalsSeeOrganisation(me.organisationId());
    }

    private static List<UUID> ids(List<ParticipantView> participants) {
        return participants.stream().map(p -> p.id().value()).toList();
    }
}
