package be.brugwerk.people.mail;

import be.brugwerk.system.Role;
import be.brugwerk.system.SignedInUser;
import be.brugwerk.system.Tenancy;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The mails a demo would have sent, newest first, in memory: a demo runs on one node with its embedded database,
 * and its mails mean nothing after a restart. Holds at most {@value #CAPACITY} mails.
 */
@Component
public class DemoOutbox {

    static final int CAPACITY = 200;

    private final Deque<OutgoingMail> mails = new ArrayDeque<>();

    synchronized void add(OutgoingMail mail) {
        mails.addFirst(mail);
        while (mails.size() > CAPACITY) {
            mails.removeLast();
        }
    }

    /**
     * The mails the signed-in admin may read: the platform admin every mail, an organisation admin their own
     * organisation's; anyone else is refused (docs/adr/0006-one-authorisation-model.md: the module decides).
     */
    public List<OutgoingMail> forMe() {
        SignedInUser me = Tenancy.requireRole(Role.PLATFORM_ADMIN, Role.ORGANISATION_ADMIN);
        return me.hasRole(Role.PLATFORM_ADMIN) ? all() : of(me.organisationId());
    }

    /** Every mail, for the platform admin of the demo. */
    public synchronized List<OutgoingMail> all() {
        return List.copyOf(mails);
    }

    /** The mails about one organisation, for its admin. */
    public synchronized List<OutgoingMail> of(UUID organisation) {
        return mails.stream().filter(m -> organisation.equals(m.organisation())).toList();
    }
}
