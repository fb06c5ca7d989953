package be.brugwerk.people.web;

import be.brugwerk.people.AccountManagement;
import be.brugwerk.people.AccountView;
import be.brugwerk.people.AuditTrail;
import be.brugwerk.system.Keyset;
import be.brugwerk.system.NotFound;
import be.brugwerk.system.PathAccess;
import java.time.Clock;
import java.util.Comparator;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The organisation admin reads who read or changed which participant's data, a page at a time, filtered by staff
 * member, participant number, action and dates. Everything the page shows is in its address (filters and where the
 * page starts), so a page can be bookmarked, reloaded and shown in another language. A row naming many ids shows a
 * few and a count ({@link AuditRow}); its own page shows them all.
 */
@Controller
@PreAuthorize("hasRole('ORGANISATION_ADMIN')")
class AuditController implements PathAccess {

    static final int PAGE_SIZE = Keyset.PAGE_SIZE;

    private final AuditTrail audit;
    private final AccountManagement accounts;
    private final Clock clock;

    AuditController(AuditTrail audit, AccountManagement accounts, Clock clock) {
        this.audit = audit;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping("/audit")
    String trail(
            @RequestParam(defaultValue = "") String staff,
            @RequestParam(defaultValue = "") String participant,
            @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to,
            @RequestParam(required = false) String before,
            @RequestParam(required = false) String after,
            Model model) {
        AuditFilterForm form = new AuditFilterForm(staff, participant, action, from, to);
        AuditFilterForm.Parsed parsed =
                form.parse(clock.getZone()); // days begin and end in the users' zone, as the page shows times
        model.addAttribute("filter", form);
        model.addAttribute("errors", parsed.errors());
        model.addAttribute("actions", AuditTrail.Action.values());
        model.addAttribute(
                "staff",
                accounts.accounts().stream()
                        .sorted(Comparator.comparing(AccountView::displayName, String.CASE_INSENSITIVE_ORDER))
                        .toList());
        if (!parsed.errors().isEmpty()) {
            model.addAttribute("page", Keyset.Page.empty());
            return "audit";
        }
        // the trail is newest first: going on (forward) is going to older rows, "before" a time
        Keyset.Page<AuditTrail.Entry, Long> page =
                audit.page(parsed.filter(), Keyset.Cursor.of(before, after, Long::valueOf), PAGE_SIZE);
        model.addAttribute("page", page.map(e -> AuditRow.of(e, parsed.filter().subject())));
        if (page.next() != null) {
            model.addAttribute("olderHref", form.href("before", page.next()));
        }
        if (page.previous() != null) {
            model.addAttribute("newerHref", form.href("after", page.previous()));
            model.addAttribute("newestHref", form.href(null, null));
        }
        return "audit";
    }

    /**
     * A row of the trail the path names: one of the admin's own organisation, or 404 before anything else is read
     * (docs/adr/0006-one-authorisation-model.md). Another organisation's row and a number that is no row are alike.
     */
    @Override
    public void checkAccess(Path path) {
        String id = path.variables().get("id");
        if (id != null && audit.entry(number(id)).isEmpty()) {
            throw new NotFound("Audit row");
        }
    }

    /**
     * One row of the trail with every id it names: where a long row of the page (a list of 50 participants) unfolds.
     * Reading the trail is not itself written to the trail, here as on the page: it names ids only, never a
     * participant's data.
     */
    @GetMapping("/audit/{id}")
    String event(@PathVariable String id, Model model) {
        model.addAttribute("e", audit.entry(number(id)).orElseThrow(() -> new NotFound("Audit row")));
        return "audit-event";
    }

    private static long number(String id) {
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException unreadable) {
            throw new NotFound("Audit row");
        }
    }
}
