package be.brugwerk.network;

import be.brugwerk.network.analysis.NetworkAnalyser;
import be.brugwerk.network.cli.AnalyseCommand;
import be.brugwerk.network.map.NetworkCanvasMappings;
import be.brugwerk.network.map.NetworkMaps;
import be.brugwerk.network.map.WorkingCopy;
import be.brugwerk.people.AuditTrail;
import be.brugwerk.people.AuditTrail.Action;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.people.ParticipantManagement;
import be.brugwerk.people.ParticipantView;
import be.brugwerk.people.StaffDirectory;
import be.brugwerk.system.NotFound;
import be.brugwerk.system.SignedInUser;
import be.brugwerk.system.Tenancy;
import be.brugwerk.system.VersionConflict;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant's network map (netwerkkaart): its working copy, its analysis and its versions. Whoever may see
 * the participant may see and edit the map; nobody else learns it exists. Every read and change is audited. The
 * rules of changing the map are its working copy's ({@link WorkingCopy}); this checks access, loads and saves it, and
 * audits.
 */
@Service
@Transactional
public class NetworkMapManagement {

    private static final AuditTrail.Subject SUBJECT = AuditTrail.Subject.NETWORK_MAP;

    private final NetworkMaps maps;
    private final NetworkCanvasMappings mappings;
    private final ParticipantManagement participants;
    private final AuditTrail audit;
    private final StaffDirectory staff;
    private final Clock clock;

    NetworkMapManagement(
            NetworkMaps maps,
            NetworkCanvasMappings mappings,
            ParticipantManagement participants,
            AuditTrail audit,
            StaffDirectory staff,
            Clock clock) {
        this.staff = staff;
        this.maps = maps;
        this.mappings = mappings;
        this.participants = participants;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The Network Canvas mapping the organisation saved for {@code study} (import parameters by name), if any; the
     * person must work with {@code participant}, whose map the mapping is for.
     */
    public Optional<Map<String, String>> savedMapping(ParticipantId participant, String study) {
        SignedInUser me = requireVisible(participant);
        return mappings.named(me.organisationId(), study.strip());
    }

    /** Saves the mapping for the next import from {@code study}, replacing the one saved before. */
    public void saveMapping(ParticipantId participant, String study, Map<String, String> parameters) {
        SignedInUser me = requireVisible(participant);
        mappings.save(me.organisationId(), study.strip(), parameters, me.accountId(), clock.instant());
    }

    /** The working copy; an empty map at version 0 before anything was drawn. */
    public MapDocument workingCopy(ParticipantId participant) {
        requireVisible(participant);
        audit.record(Action.READ, SUBJECT, List.of(participant.value()));
        return maps.workingCopy(participant.value()).orElse(MapDocument.empty());
    }

    /**
     * Replaces the working copy with {@code map}, made on version {@code map.version()}.
     *
     * @throws VersionConflict when someone changed the map since that version
     * @throws IllegalArgumentException naming the element when the map is not valid
     */
    public MapDocument save(ParticipantId participant, MapDocument map) {
        SignedInUser me = requireVisible(participant);
        WorkingCopy copy = maps.load(participant);
        copy.redraw(map, LocalDate.now(clock));
        maps.save(me.organisationId(), copy, me.accountId(), clock.instant());
        audit.record(Action.UPDATE, SUBJECT, List.of(participant.value()));
        return maps.workingCopy(participant.value()).orElseThrow();
    }

    /** The analysis of the working copy, with the signals' texts in the given language. */
    public String analysis(ParticipantId participant, Locale language) {
        requireVisible(participant);
        audit.record(Action.READ, SUBJECT, List.of(participant.value()));
        return figures(participant, maps.workingCopy(participant.value()).orElse(MapDocument.empty()), language);
    }

    /** Takes an immutable, dated version of the working copy. */
    public VersionSummary takeVersion(ParticipantId participant, VersionSummary.Reason reason) {
        SignedInUser me = requireVisible(participant);
        MapDocument current = maps.workingCopy(participant.value()).orElse(MapDocument.empty());
        VersionSummary taken = maps.addVersion(
                me.organisationId(), participant.value(), current, reason, me.accountId(), clock.instant());
        audit.record(Action.CREATE, SUBJECT, List.of(participant.value()));
        return taken;
    }

    public List<VersionSummary> versions(ParticipantId participant) {
        requireVisible(participant);
        audit.record(Action.LIST, SUBJECT, List.of(participant.value()));
        return maps.versions(participant.value());
    }

    /** Every version of the map with its content, oldest first, with one audit row. */
    public List<MapVersion> history(ParticipantId participant) {
        requireVisible(participant);
        audit.record(Action.READ, SUBJECT, List.of(participant.value()));
        return maps.versionsWithContent(participant.value());
    }

    public MapDocument version(ParticipantId participant, UUID version) {
        requireVisible(participant);
        audit.record(Action.READ, SUBJECT, List.of(participant.value()));
        return maps.version(participant.value(), version).orElseThrow(() -> new NotFound("Version"));
    }

    /**
     * What an import would do, shown before anything is stored; {@code version} is the working copy's version it was
     * compared with, which the import then names (a change meanwhile makes it a 409).
     */
    public record ImportPreview(int members, int ties, MapComparison changes, String figures, int version) {}

    /**
     * Checks an imported map and shows what it would change, storing nothing.
     *
     * @throws IllegalArgumentException naming the element when the map is not valid
     */
    public ImportPreview previewImport(ParticipantId participant, MapDocument imported, Locale language) {
        requireVisible(participant);
        WorkingCopy copy = maps.load(participant);
        MapDocument fresh = copy.importable(imported, LocalDate.now(clock));
        String figures = figures(participant, fresh, language);
        MapDocument current = copy.asRead();
        audit.record(Action.READ, SUBJECT, List.of(participant.value()));
        return new ImportPreview(
                fresh.members().size(),
                fresh.ties().size(),
                MapComparison.between(current, fresh),
                figures,
                current.version());
    }

    /**
     * Replaces the working copy by an imported map, all or nothing: first a version of the map as it was, then the
     * import, with new member ids (an import never merges into what is there). {@code imported.version()} must be
     * the working copy's current version.
     */
    public MapDocument importMap(ParticipantId participant, MapDocument imported) {
        SignedInUser me = requireVisible(participant);
        WorkingCopy copy = maps.load(participant);
        copy.importFile(imported, LocalDate.now(clock));
        maps.addVersion(
                me.organisationId(),
                participant.value(),
                copy.asRead(),
                VersionSummary.Reason.IMPORT,
                me.accountId(),
                clock.instant());
        maps.save(me.organisationId(), copy, me.accountId(), clock.instant());
        audit.record(Action.UPDATE, SUBJECT, List.of(participant.value()));
        return maps.workingCopy(participant.value()).orElseThrow();
    }

    /** Two versions side by side: what changed, and every figure before and after. */
    public record Comparison(
            VersionSummary before,
            VersionSummary after,
            MapComparison changes,
            String figuresBefore,
            String figuresAfter) {}

    /** Compares two versions of the participant's map, as the caller orders them: what changed from the first. */
    public Comparison compare(ParticipantId participant, UUID first, UUID second, Locale language) {
        requireVisible(participant);
        audit.record(Action.READ, SUBJECT, List.of(participant.value()));
        List<VersionSummary> all = maps.versions(participant.value());
        VersionSummary before = find(all, first);
        VersionSummary after = find(all, second);
        MapDocument earlier = maps.version(participant.value(), before.id()).orElseThrow();
        MapDocument later = maps.version(participant.value(), after.id()).orElseThrow();
        return new Comparison(
                before,
                after,
                MapComparison.between(earlier, later),
                figures(participant, earlier, language),
                figures(participant, later, language));
    }

    /** The working copy's version, when it was last changed and by whom; empty before anything was drawn. */
    public record LastChange(int version, Instant at, String by) {}

    /**
     * What a page about the map shows, read with one audit row: the participant it belongs to, the working copy,
     * its last change and its analysis (signals in {@code language}).
     */
    public record MapPage(
            ParticipantView participant, MapDocument map, Optional<LastChange> lastChange, String figures) {}

    public MapPage page(ParticipantId participant, Locale language) {
        ParticipantView shown = requireWorkable(participant);
        audit.record(Action.READ, SUBJECT, List.of(participant.value()));
        MapDocument map = maps.workingCopy(participant.value()).orElse(MapDocument.empty());
        return new MapPage(shown, map, lastChangeOf(participant), figures(participant, map, language));
    }

    /** What the editor page shows, read with one audit row: the participant and the working copy. */
    public record EditorPage(ParticipantView participant, MapDocument map) {}

    /**
     * The editor's page: unlike {@link #page}, without the analysis, which the editor does not show (computing it
     * took about 7 % of the page's CPU time under JFR), and without the last change, which the editor asks for only
     * after a refused save.
     */
    public EditorPage editorPage(ParticipantId participant) {
        ParticipantView shown = requireWorkable(participant);
        audit.record(Action.READ, SUBJECT, List.of(participant.value()));
        return new EditorPage(shown, maps.workingCopy(participant.value()).orElse(MapDocument.empty()));
    }

    /** Who changed the map last, and when: what the editor tells someone whose change came too late. */
    public Optional<LastChange> lastChange(ParticipantId participant) {
        requireVisible(participant);
        audit.record(Action.READ, SUBJECT, List.of(participant.value()));
        return lastChangeOf(participant);
    }

    /**
     * The maps of those of {@code visible} changed since {@code since}, with their last change, newest first: for a
     * coach's home. The caller passes participants it already knows the person may see (and audits their names);
     * this adds one audit row naming the maps whose change it shows.
     */
    public Map<ParticipantId, LastChange> changedSince(java.util.Collection<ParticipantId> visible, Instant since) {
        SignedInUser me = Tenancy.requireUser();
        Map<ParticipantId, LastChange> changes = new java.util.LinkedHashMap<>();
        Map<UUID, NetworkMaps.MapChange> changed = maps.changedSince(
                me.organisationId(), visible.stream().map(ParticipantId::value).toList(), since);
        Map<UUID, String> names = staff.names(changed.values().stream()
                .map(NetworkMaps.MapChange::by)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet()));
        changed.forEach((participant, c) -> changes.put(new ParticipantId(participant), lastChange(c, names)));
        if (!changes.isEmpty()) {
            audit.record(
                    Action.LIST,
                    SUBJECT,
                    changes.keySet().stream().map(ParticipantId::value).toList());
        }
        return changes;
    }

    private Optional<LastChange> lastChangeOf(ParticipantId participant) {
        return maps.lastChange(participant.value())
                .map(c -> lastChange(c, c.by() == null ? Map.of() : staff.names(List.of(c.by()))));
    }

    /** A change with the name of who made it (names are the people module's; null when unknown). */
    private static LastChange lastChange(NetworkMaps.MapChange change, Map<UUID, String> names) {
        return new LastChange(change.version(), change.at(), change.by() == null ? null : names.get(change.by()));
    }

    /** The participant and the versions of their map, with one audit row. */
    public record VersionsPage(ParticipantView participant, List<VersionSummary> versions) {}

    public VersionsPage versionsPage(ParticipantId participant) {
        List<VersionSummary> versions = versions(participant);
        return new VersionsPage(participants.getWithoutAudit(participant), versions);
    }

    /** Two versions compared, with both maps (for the members' names) and the participant, with one audit row. */
    public record ComparisonPage(
            ParticipantView participant, Comparison comparison, MapDocument before, MapDocument after) {}

    public ComparisonPage comparisonPage(ParticipantId participant, UUID first, UUID second, Locale language) {
        Comparison comparison = compare(participant, first, second, language);
        return new ComparisonPage(
                participants.getWithoutAudit(participant),
                comparison,
                maps.version(participant.value(), comparison.before().id()).orElseThrow(),
                maps.version(participant.value(), comparison.after().id()).orElseThrow());
    }

    private static VersionSummary find(List<VersionSummary> versions, UUID id) {
        return versions.stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow(() -> new NotFound("Version"));
    }

    /** The analysis JSON of {@code map} (signals in {@code language}); a computation only: no read, no audit. */
    public static String analysisOf(ParticipantId participant, MapDocument map, Locale language) {
        return figures(participant, map, language);
    }

    private static String figures(ParticipantId participant, MapDocument map, Locale language) {
        return AnalyseCommand.json(new NetworkAnalyser().analyse(map.toEngine(participant.toString())), language);
    }

    /** Throws {@link NotFound} unless the signed-in person may see (and so edit) the participant's map. */
    public void checkAccess(ParticipantId participant) {
        requireVisible(participant);
    }

    /**
     * The participant, when the person may work with their map: the rule of {@link #requireVisible} (visible, with a
     * ground to process their data), read with the participant a page shows, so the page asks once instead of twice.
     */
    private ParticipantView requireWorkable(ParticipantId participant) {
        ParticipantView shown = participants.getWithoutAudit(participant);
        if (Tenancy.requireUser().organisationId() == null || shown.restricted()) {
            throw new NotFound("Participant");
        }
        return shown;
    }

    private SignedInUser requireVisible(ParticipantId participant) {
        SignedInUser me = Tenancy.requireUser();
        if (me.organisationId() == null || !participants.isVisible(participant)) {
            throw new NotFound("Participant");
        }
        return me;
    }
}
