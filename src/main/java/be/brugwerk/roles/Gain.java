package be.brugwerk.roles;

/**
 * What taking a role gives the person who takes it: a socially valued role (Wolfensberger: esteem, a place among
 * others), light ties (lichte bindingen: faces one comes to know), or learning something.
 */
public enum Gain {
    VALUED_ROLE,
    LIGHT_TIES,
    LEARNING
}
