package be.brugwerk.system.security;

import be.brugwerk.system.MapTiles;

/**
 * The content security policy of every page and answer (besides Swagger UI's, docs/adr/0002): no inline script or
 * style anywhere (htmx runs with allowEval=false and includeIndicatorStyles=false), and images from Brugwerk itself
 * plus, when map tiles are configured, from the tile server's origin alone. The one place the policy is made; the
 * security filter chains and the filters that answer before them ({@link SignInText}, {@link RequestSizeLimit}) all
 * send this.
 *
 * @param value the header's value
 */
record ContentSecurityPolicy(String value) {

    static ContentSecurityPolicy allowingTilesOf(MapTiles tiles) {
        String images = tiles.configured() ? "'self' data: " + tiles.origin() : "'self' data:";
        return new ContentSecurityPolicy("default-src 'self'; script-src 'self'; style-src 'self'; img-src " + images
                + "; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
                + "frame-ancestors 'none'");
    }
}
