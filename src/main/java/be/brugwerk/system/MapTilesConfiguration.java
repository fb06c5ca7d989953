package be.brugwerk.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The map tiles as configured, as the bean {@code mapTiles} that the map fragment reads ({@code fragments/map}), and
 * the rules for the outside servers the maps are filled from.
 */
@Configuration(proxyBeanMethods = false)
class MapTilesConfiguration {

    @Bean
    MapTiles mapTiles(
            @Value("${brugwerk.map-tiles.url:}") String url,
            @Value("${brugwerk.map-tiles.attribution:}") String attribution) {
        return new MapTiles(url, attribution);
    }

    /** The rules for outside servers the organisations set ({@link OutsideServices}). */
    @Bean
    OutsideServices outsideServices(@Value("${brugwerk.outside-services.allow-local:false}") boolean allowLocal) {
        return new OutsideServices(allowLocal);
    }
}
