package be.brugwerk.people.web;

/** What the activation page sends: the one-time link's token and the password chosen. */
record ActivationForm(String token, String password) {}
