package be.brugwerk.coaching;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each organisation's step plan template and coaching settings. */
@Repository
class StepTemplates {

    private final JdbcClient jdbc;

    StepTemplates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The organisation's template, or the ten default steps when it has none of its own. */
    List<TemplateStep> current(UUID organisation) {
        List<TemplateStep> own = jdbc.sql("""
                select position, default_step, name from coaching_step_template where organisation_id = ?
                order by position, id""")
                .param(organisation)
                .query((row, n) -> new TemplateStep(row.getInt(1), row.getObject(2, Integer.class), row.getString(3)))
                .list();
        return own.isEmpty() ? TemplateStep.defaults() : own;
    }

    /** The versions of the organisation's settings and template as stored; 0 and 0 before the first save. */
    record Versions(int settings, int template) {}

    Versions versions(UUID organisation) {
        return jdbc.sql("select version, template_version from coaching_settings where organisation_id = ?")
                .param(organisation)
                .query((row, n) -> new Versions(row.getInt(1), row.getInt(2)))
                .optional()
                .orElse(new Versions(0, 0));
    }

    /** Replaces the template as read at {@code version}; false (nothing changed) when it was saved since. */
    boolean replace(UUID organisation, List<TemplateStep> steps, int version) {
        boolean current = version == 0
                ? jdbc.sql("""
                insert into coaching_settings (organisation_id, template_version) values (?, 1)
                on conflict (organisation_id) do update set template_version = coaching_settings.template_version + 1
                where coaching_settings.template_version = 0""").param(organisation).update() == 1
                : jdbc.sql("""
                        update coaching_settings set template_version = template_version + 1
                        where organisation_id = ? and template_version = ?""").params(organisation, version).update() == 1;
        if (!current) {
            return false;
        }
        jdbc.sql("delete from coaching_step_template where organisation_id = ?")
                .param(organisation)
                .update();
        for (TemplateStep step : steps) {
            jdbc.sql("""
                    insert into coaching_step_template (id, organisation_id, position, default_step, name)
                    values (?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), organisation, step.position(), step.defaultStep(), step.name())
                    .update();
        }
        return true;
    }

    CoachingSettings settings(UUID organisation) {
        return jdbc.sql("select lsns_at_risk_below, stuck_after_weeks from coaching_settings where organisation_id = ?")
                .param(organisation)
                .query((row, n) -> new CoachingSettings(row.getInt(1), row.getInt(2)))
                .optional()
                .orElse(CoachingSettings.DEFAULTS);
    }

    /** Saves the settings as read at {@code version}; false (nothing changed) when they were saved since. */
    boolean saveSettings(UUID organisation, CoachingSettings settings, int version) {
        if (version == 0) { // as first read: no row yet, or one only the template made
            return jdbc.sql("""
                    insert into coaching_settings (organisation_id, lsns_at_risk_below, stuck_after_weeks, version)
                    values (?, ?, ?, 1)
                    on conflict (organisation_id) do update set lsns_at_risk_below = excluded.lsns_at_risk_below,
                        stuck_after_weeks = excluded.stuck_after_weeks, version = coaching_settings.version + 1
                    where coaching_settings.version = 0""")
                            .params(organisation, settings.lsnsAtRiskBelow(), settings.stuckAfterWeeks())
                            .update()
                    == 1;
        }
        return jdbc.sql("""
                update coaching_settings set lsns_at_risk_below = ?, stuck_after_weeks = ?, version = version + 1
                where organisation_id = ? and version = ?""")
                        .params(settings.lsnsAtRiskBelow(), settings.stuckAfterWeeks(), organisation, version)
                        .update()
                == 1;
    }
}
