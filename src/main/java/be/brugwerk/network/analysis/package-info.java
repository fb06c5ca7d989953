/**
 * The network analysis engine: plain Java on an immutable snapshot of one participant's network map
 * ({@link be.brugwerk.network.analysis.NetworkMap}), producing an immutable
 * {@link be.brugwerk.network.analysis.NetworkAnalysis}. It imports no Spring, JDBC, servlet or Jackson
 * types, so a web or database layer maps onto its vocabulary, never the other way round.
 *
 * <p>Structural measures implement {@link be.brugwerk.network.analysis.NetworkMeasure}, one class per
 * measure; their values equal those of networkx 3.x on the unweighted ego graph.
 */
@org.springframework.modulith.NamedInterface("analysis")
package be.brugwerk.network.analysis;
