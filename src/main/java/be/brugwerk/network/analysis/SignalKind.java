package be.brugwerk.network.analysis;

/**
 * Whether a signal names a strength of the network or a point of attention.
 */
public enum SignalKind {
    STRENGTH,
    ATTENTION
}
