package be.brugwerk.network.analysis;

/**
 * Putnam's social capital types: bonding within one's own, homogeneous group; bridging across socio-economic, ethnic or cultural groups; linking across power positions.
 */
public enum CapitalType {
    BONDING,
    BRIDGING,
    LINKING
}
