package be.brugwerk.network.map;

import be.brugwerk.system.Pg;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Network Canvas mappings an organisation saved, one per study name; row-level security keeps each organisation
 * to its own.
 */
@Repository
public class NetworkCanvasMappings {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    NetworkCanvasMappings(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<Map<String, String>> named(UUID organisation, String study) {
        return jdbc.sql("select parameters::text from network_canvas_mapping where organisation_id = ? and study = ?")
                .params(organisation, study)
                .query(String.class)
                .optional()
                .map(text -> json.readValue(text, new TypeReference<LinkedHashMap<String, String>>() {}));
    }

    public void save(UUID organisation, String study, Map<String, String> parameters, UUID by, Instant at) {
        jdbc.sql("""
                insert into network_canvas_mapping (organisation_id, study, parameters, saved_at, saved_by)
                values (?, ?, cast(? as jsonb), ?, ?)
                on conflict (organisation_id, study)
                do update set parameters = excluded.parameters, saved_at = excluded.saved_at, saved_by = excluded.saved_by""")
                .params(organisation, study, json.writeValueAsString(parameters), Pg.timestamp(at), by)
                .update();
    }
}
