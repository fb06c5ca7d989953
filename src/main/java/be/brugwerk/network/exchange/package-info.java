/**
 * Network map files: Brugwerk's JSON, GraphML and a Network Canvas CSV ZIP, read and written in plain Java (no
 * Spring), so the command line and the API read a file the same way. Readers are strict and all or nothing: the
 * first fault ends the read with a {@link be.brugwerk.network.exchange.BadInput} naming the line or element.
 */
package be.brugwerk.network.exchange;
