/**
 * The role matching engine in plain Java: open valued roles matched to participants' talent cards as one maximum-weight
 * b-matching (a role takes up to its open places, a participant at most one proposal a run), solved on the buddy
 * matching's OR-Tools min-cost flow ({@link be.brugwerk.matching.engine.MinCostFlowBMatching}). Every proposal carries
 * an explanation in message keys whose points add up to its score. No Spring, JDBC, servlet or JSON types: inputs and
 * outputs are immutable records, checked up front.
 */
package be.brugwerk.roles.engine;
