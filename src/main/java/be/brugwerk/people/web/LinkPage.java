package be.brugwerk.people.web;

import be.brugwerk.people.EmailTaken;

/**
 * Why an invitation failed. (One-time links are no longer shown on any page: they go by e-mail to their person,
 * docs/accounts-and-mail.md.)
 */
final class LinkPage {

    private LinkPage() {
    }

    /** The message key for a refused invitation. */
    static String refusal(IllegalArgumentException refused) {
        return refused instanceof EmailTaken ? "accounts.emailTaken" : "accounts.inviteInvalid";
    }
}
