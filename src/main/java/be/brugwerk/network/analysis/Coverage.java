package be.brugwerk.network.analysis;

/**
 * Who carries a support function: the natural (informal) network, only professionals (formal
 * relationships), or nobody.
 */
public enum Coverage {
    INFORMAL,
    PROFESSIONAL_ONLY,
    NOBODY
}
