package be.brugwerk.matching.engine;

import com.google.ortools.Loader;

/** Loads the OR-Tools native libraries once per class loader, before the first solver call. */
final class OrTools {

    private static volatile boolean loaded;

    private OrTools() {}

    static void ensureLoaded() {
        if (!loaded) {
            synchronized (OrTools.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }
}
