/**
 * The matching engine in plain Java on Google OR-Tools: generic solvers for maximum-weight b-matching
 * ({@link be.brugwerk.matching.engine.BMatchingSolver}) and minimum-cost perfect assignment
 * ({@link be.brugwerk.matching.engine.AssignmentSolver}), and the buddy matching of a whole waiting list
 * on top of them ({@link be.brugwerk.matching.engine.BuddyMatcher}). No Spring, JDBC, servlet or JSON
 * types: inputs and outputs are immutable records, checked up front.
 */
@org.springframework.modulith.NamedInterface("engine")
package be.brugwerk.matching.engine;
