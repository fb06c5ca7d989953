package be.brugwerk.coaching.web;

import be.brugwerk.coaching.ActionKind;
import be.brugwerk.coaching.NoteVisibility;
import be.brugwerk.coaching.Performer;
import be.brugwerk.coaching.StepStatus;
import be.brugwerk.coaching.TrajectoryManagement;
import be.brugwerk.coaching.TrajectoryView;
import be.brugwerk.coaching.WishContact;
import be.brugwerk.system.DateInput;
import be.brugwerk.system.MultiLine;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The forms of a trajectory's pages, as typed: every field is text, so nothing fails to bind and nothing typed is
 * lost when a rule refuses it.
 */
final class TrajectoryForms {

    private TrajectoryForms() {}

    record StartForm(String participant, String coach) {
        static StartForm empty() {
            return new StartForm("", "");
        }
    }

    record StepForm(
            String status,

            @MultiLine @Size(max = 4000, message = "{coaching.field.tooLong}")
            String notes,

            String version) {

        StepStatus chosenStatus() {
            return FormValues.choice(StepStatus.class, "status", status);
        }
    }

    record WishForm(
            String contact,
            String memberId,

            @MultiLine @Size(max = 4000, message = "{coaching.field.tooLong}")
            String description) {
        static WishForm empty() {
            return new WishForm("EXISTING", "", "");
        }

        WishContact chosenContact() {
            return FormValues.choice(WishContact.class, "contact", contact);
        }

        UUID member() {
            return FormValues.id("memberId", memberId);
        }
    }

    record ActionForm(
            String kind,

            @MultiLine @Size(max = 4000, message = "{coaching.field.tooLong}")
            String description,

            String memberId,
            String performer,
            String performerMemberId,
            String dueOn) {
        static ActionForm empty() {
            return new ActionForm("OTHER", "", "", "PARTICIPANT", "", "");
        }

        /** The action typed, its choices and date read (a choice no form offers is refused as tampered). */
        TrajectoryManagement.NewAction toAction() {
            return new TrajectoryManagement.NewAction(
                    FormValues.choice(ActionKind.class, "kind", kind),
                    description,
                    FormValues.id("memberId", memberId),
                    FormValues.choice(Performer.class, "performer", performer),
                    FormValues.id("performerMemberId", performerMemberId),
                    DateInput.optional("dueOn", dueOn));
        }
    }

    record SuccessForm(
            String occurredOn,

            @MultiLine @Size(max = 4000, message = "{coaching.field.tooLong}")
            String description) {
        static SuccessForm empty() {
            return new SuccessForm("", "");
        }

        LocalDate occurred() {
            return DateInput.required("occurredOn", occurredOn);
        }
    }

    record SessionForm(
            String heldOn,
            String durationMinutes,

            @Size(max = 200, message = "{coaching.field.tooLong}")
            String place,

            @MultiLine @Size(max = 4000, message = "{coaching.field.tooLong}")
            String note,

            String noteVisibility) {
        static SessionForm empty() {
            return new SessionForm("", "60", "", "", "PRIVATE");
        }

        /** The session typed; who may read its note is asked only when a note was written. */
        TrajectoryManagement.NewSession toSession() {
            return new TrajectoryManagement.NewSession(
                    DateInput.required("heldOn", heldOn),
                    FormValues.number("durationMinutes", durationMinutes, "coaching.session.duration"),
                    place,
                    note,
                    note == null || note.isBlank()
                            ? null
                            : FormValues.choice(NoteVisibility.class, "noteVisibility", noteVisibility));
        }
    }

    record NoteForm(
            @MultiLine @Size(max = 4000, message = "{coaching.field.tooLong}")
            String text,

            String visibility) {
        static NoteForm empty() {
            return new NoteForm("", "PRIVATE");
        }

        NoteVisibility chosenVisibility() {
            return FormValues.choice(NoteVisibility.class, "visibility", visibility);
        }
    }

    record PlanForm(
            String memberId,

            @Size(max = 200, message = "{coaching.field.tooLong}")
            String who,

            String involve,

            @MultiLine @Size(max = 2000, message = "{coaching.field.tooLong}")
            String purpose) {
        static PlanForm empty() {
            return new PlanForm("", "", "true", "");
        }

        UUID member() {
            return FormValues.id("memberId", memberId);
        }

        /** Involving is the default: only an explicit "false" records whom the participant does not want involved. */
        boolean involves() {
            return !"false".equals(involve);
        }
    }

    record RoundTableForm(
            String plannedOn,

            @MultiLine @Size(max = 4000, message = "{coaching.field.tooLong}")
            String agenda,

            java.util.List<String> invitees,
            String participantCentral) {
        static RoundTableForm empty() {
            return new RoundTableForm("", "", java.util.List.of(), "true");
        }

        LocalDate planned() {
            return DateInput.required("plannedOn", plannedOn);
        }

        java.util.List<UUID> inviteeIds() {
            return invitees == null
                    ? java.util.List.of()
                    : invitees.stream()
                            .map(i -> FormValues.id("invitees", i))
                            .filter(Objects::nonNull)
                            .toList();
        }

        Boolean central() {
            return FormValues.yesNo("participantCentral", participantCentral);
        }
    }

    record CloseForm(
            @MultiLine @Size(max = 4000, message = "{coaching.field.tooLong}")
            String network,

            @MultiLine @Size(max = 4000, message = "{coaching.field.tooLong}")
            String scores,

            @MultiLine @Size(max = 4000, message = "{coaching.field.tooLong}")
            String participantWords,

            String followUpOn,

            @Size(max = 200, message = "{coaching.field.tooLong}")
            String handoverTo,

            String version) {

        int readVersion() {
            return version != null && version.matches("\\d{1,9}") ? Integer.parseInt(version) : -1;
        }

        TrajectoryView.Evaluation evaluation() {
            return new TrajectoryView.Evaluation(
                    network, scores, participantWords, DateInput.optional("followUpOn", followUpOn), handoverTo);
        }
    }
}
