package be.brugwerk.people.web;

import be.brugwerk.people.ParticipantView;
import be.brugwerk.people.ParticipantView.CaseloadMember;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A row of the participant list with its cells' values ready, so that the page reads one value per cell. A region's
 * page draws fifty rows, and drawing them was what its time grew by over a small organisation's (docs/benchmarks.md,
 * "The participant list's rows at region scale"): every expression of a row reads its variable through the request
 * (Thymeleaf keeps a loop's variables as request attributes), and a caseload drawn by a loop of its own was a loop
 * inside each row.
 *
 * @param activeCaseload the caseload's names joined, in the caseload's order, when every member is active (nearly
 *        always): the cell is then plain text. {@code null} when a member is deactivated; the page then draws each
 *        member, with a badge for the deactivated.
 */
record ParticipantListRow(
        String id,
        String name,
        boolean restricted,
        String municipality,
        List<CaseloadMember> caseload,
        String activeCaseload) {

    /** Between the names of a caseload, as the list shows them. */
    static final String SEPARATOR = ", ";

    static ParticipantListRow of(ParticipantView participant) {
        List<CaseloadMember> caseload = participant.caseload();
        boolean allActive = caseload.stream().allMatch(CaseloadMember::active);
        return new ParticipantListRow(
                participant.id().toString(),
                participant.details().name(),
                participant.restricted(),
                participant.details().municipality(),
                caseload,
                allActive
                        ? caseload.stream().map(CaseloadMember::displayName).collect(Collectors.joining(SEPARATOR))
                        : null);
    }
}
