package be.brugwerk.matching.programme;

import be.brugwerk.system.StateConflict;

/** A matching run of the programme is already going on, on this node or another: answered with 409. */
public class RunInProgress extends StateConflict {

    private static final long serialVersionUID = 1L;

    public RunInProgress() {
        super("matching.conflict.runInProgress");
    }
}
