package be.brugwerk.talents.web;

import be.brugwerk.coaching.scoring.QualityOfLifeDomain;
import be.brugwerk.people.Language;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.PathAccess;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.VersionConflict;
import be.brugwerk.talents.AccessNeed;
import be.brugwerk.talents.CardVersion;
import be.brugwerk.talents.Frame;
import be.brugwerk.talents.TakingPart;
import be.brugwerk.talents.Talent;
import be.brugwerk.talents.TalentCardManagement;
import be.brugwerk.talents.TalentCardManagement.CardPage;
import be.brugwerk.talents.TalentCardManagement.PrintPage;
import be.brugwerk.talents.TalentEntry;
import be.brugwerk.talents.TalentKind;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of a participant's talent card: the card with its versions, the form to fill it in with the participant
 * (a refused entry comes back with everything typed and the message beside it), and a strength-first page to print
 * for the participant in their language. Whoever may see the participant's network map may use them; each request
 * writes one audit row.
 */
@Controller
@RequestMapping("/participants/{participant}/talents")
@PreAuthorize("hasAnyRole('COORDINATOR', 'PROFESSIONAL', 'VOLUNTEER_COACH')")
class TalentCardController implements PathAccess {

    /** A refusal's field as the card names it: the entry's number and its part. */
    private static final Pattern ENTRY_FIELD = Pattern.compile("entries\\[(\\d+)]\\.(\\w+)");

    private final TalentCardManagement cards;
    private final MessageSource messages;

    TalentCardController(TalentCardManagement cards, MessageSource messages) {
        this.cards = cards;
        this.messages = messages;
    }

    /** The participant whose card the path names: one the person may work with, or 404 before the input is read. */
    @Override
    public void checkAccess(Path path) {
        path.id("participant").map(ParticipantId::new).ifPresent(cards::checkAccess);
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("kinds", TalentKind.values());
        model.addAttribute("frames", Frame.values());
        model.addAttribute("lifeAreas", QualityOfLifeDomain.values());
        model.addAttribute("talents", Talent.values());
        model.addAttribute("days", java.time.DayOfWeek.values());
        model.addAttribute("dayParts", be.brugwerk.matching.engine.DayPart.values());
        model.addAttribute("accessNeeds", AccessNeed.values());
    }

    /** The card, the current one or an earlier version ({@code ?version=2}), and the list of versions. */
    @GetMapping
    String card(@PathVariable ParticipantId participant, @RequestParam(required = false) Integer version, Model model) {
        CardPage page = cards.page(participant, version);
        model.addAttribute("participant", page.participant());
        model.addAttribute("card", page.card());
        List<CardVersion> newestFirst = new ArrayList<>(page.versions());
        Collections.reverse(newestFirst);
        model.addAttribute("versions", newestFirst);
        model.addAttribute(
                "current",
                version == null
                        || newestFirst.isEmpty()
                        || version == newestFirst.get(0).version());
        return "talents/card";
    }

    @GetMapping("/edit")
    String edit(@PathVariable ParticipantId participant, Model model) {
        CardPage page = cards.page(participant, null);
        model.addAttribute("participant", page.participant());
        TalentCardForm form = TalentCardForm.of(page.card());
        model.addAttribute("version", form.version());
        showForm(model, form);
        return "talents/edit";
    }

    /**
     * Saves the card as its next version. A refused entry, or a card saved by someone else meanwhile (409), shows the
     * form again with everything that was typed.
     */
    @PostMapping
    String save(
            @PathVariable ParticipantId participant,
            @ModelAttribute("form") TalentCardForm form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response,
            Locale locale) {
        boolean savedMeanwhile = false;
        try {
            cards.save(participant, form.readVersion(), form.inputs(), TakingPart.read(form.ticked(), form.needed()));
            redirect.addFlashAttribute("notice", "talents.saved");
            return "redirect:/participants/" + participant + "/talents";
        } catch (Refusal refused) {
            model.addAttribute("refusal", refused); // a tampered one answers 400 (RefusedPageStatus)
            model.addAttribute("problem", problem(refused, locale));
        } catch (VersionConflict conflict) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            savedMeanwhile = true;
        }
        CardPage page = cards.page(participant, null);
        String version = form.version();
        if (savedMeanwhile) {
            // What was typed stays, with who saved meanwhile; the form now names the card's current version, so saving
            // again is a deliberate choice to make this the next version, never a silent overwrite.
            version = Integer.toString(page.card().version());
            model.addAttribute(
                    "problem",
                    new Problem(
                            -1,
                            "",
                            messages.getMessage(
                                    "talents.changedMeanwhile",
                                    new Object[] {
                                        page.card().version(), page.card().savedBy()
                                    },
                                    locale)));
        }
        model.addAttribute("participant", page.participant());
        model.addAttribute("version", version);
        showForm(model, form);
        return "talents/edit";
    }

    /** The form's rows and ticks as typed. */
    private static void showForm(Model model, TalentCardForm form) {
        model.addAttribute("rows", form.rows());
        model.addAttribute("ticked", form.ticked());
        model.addAttribute("needed", form.needed());
    }

    /**
     * What is wrong with the form, for the page: the row and part at fault ({@code -1} and empty when it is the card as
     * a whole) and the message in the reader's language.
     */
    public record Problem(int row, String part, String message) {

        /** Whether it is about this part of this row (the template hands the row over as an Integer). */
        public boolean at(Integer index, String field) {
            return index != null && row == index && part.equals(field);
        }
    }

    private Problem problem(Refusal refused, Locale locale) {
        String message = messages.getMessage(refused.messageKey(), refused.arguments(), locale);
        Matcher entry = ENTRY_FIELD.matcher(refused.field() == null ? "" : refused.field());
        return entry.matches()
                ? new Problem(Integer.parseInt(entry.group(1)), entry.group(2), message)
                : new Problem(-1, "", message);
    }

    /**
     * The card strengths first, to print for the participant in their language ({@code language} chooses another):
     * every text of the printed part is in that language, the rest of the page in the reader's.
     */
    @GetMapping("/print")
    String print(
            @PathVariable ParticipantId participant,
            @RequestParam(required = false) String language,
            Model model,
            Locale reader) {
        PrintPage page = cards.printPage(participant);
        Language printed =
                Language.forPrint(language, page.participant().details().languages(), reader);
        Locale locale = printed.locale();
        List<PrintedSection> sections = new ArrayList<>();
        for (TalentEntry entry : page.card().entries()) {
            if (sections.isEmpty() || !sections.get(sections.size() - 1).kind().equals(entry.kind())) {
                sections.add(new PrintedSection(
                        entry.kind(), text("talents.print.kind." + entry.kind(), locale), new ArrayList<>()));
            }
            sections.get(sections.size() - 1).lines().add(printed(entry, locale));
        }
        model.addAttribute("participant", page.participant());
        model.addAttribute("language", printed.tag());
        model.addAttribute(
                "languages",
                java.util.Arrays.stream(Language.values()).map(Language::tag).toList());
        model.addAttribute(
                "heading",
                messages.getMessage(
                        "talents.print.heading",
                        new Object[] {page.participant().details().name()},
                        locale));
        model.addAttribute("intro", text("talents.print.intro", locale));
        model.addAttribute("empty", text("talents.print.empty", locale));
        model.addAttribute("sections", sections);
        return "talents/print";
    }

    /** One kind of entry on the printed card, with its heading and lines in the printed language. */
    record PrintedSection(TalentKind kind, String heading, List<PrintedLine> lines) {}

    /** One printed entry: what it is, in the participant's own words where they gave them, and its marks. */
    record PrintedLine(String what, String words, List<String> marks) {}

    private PrintedLine printed(TalentEntry entry, Locale locale) {
        String what = entry.talent() == null ? entry.text() : text("talents.talent." + entry.talent(), locale);
        String words = entry.talent() == null ? null : entry.text();
        List<String> marks = new ArrayList<>();
        marks.add(text("talents.frame." + entry.frame(), locale));
        if (entry.lifeArea() != null) {
            marks.add(text(entry.lifeArea().nameKey(), locale));
        }
        if (entry.share()) {
            marks.add(text("talents.print.share", locale));
        }
        if (entry.learn()) {
            marks.add(text("talents.print.learn", locale));
        }
        return new PrintedLine(what, words, marks);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
