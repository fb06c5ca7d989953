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
                order by position, id""").param(organisation)
                .query((row, n) -> new TemplateStep(row.getInt(1), row.getObject(2, Integer.class), row.getString(3)))
                .list();
        return own.isEmpty() ? TemplateStep.defaults() : own;
    }

    void replace(UUID organisation, List<TemplateStep> steps) {
        jdbc.sql("delete from coaching_step_template where organisation_id = ?").param(organisation).update();
        for (TemplateStep step : steps) {
            jdbc.sql("""
                    insert into coaching_step_template (id, organisation_id, position, default_step, name)
                    values (?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), organisation, step.position(), step.defaultStep(), step.name())
                    .update();
        }
    }

    CoachingSettings settings(UUID organisation) {
        return jdbc.sql("select lsns_at_risk_below, stuck_after_weeks from coaching_settings where organisation_id = ?")
                .param(organisation).query((row, n) -> new CoachingSettings(row.getInt(1), row.getInt(2)))
                .optional().orElse(CoachingSettings.DEFAULTS);
    }

    void saveSettings(UUID organisation, CoachingSettings settings) {
        jdbc.sql("""
                insert into coaching_settings (organisation_id, lsns_at_risk_below, stuck_after_weeks) values (?, ?, ?)
                on conflict (organisation_id) do update set lsns_at_risk_below = excluded.lsns_at_risk_below,
                    stuck_after_weeks = excluded.stuck_after_weeks""")
                .params(organisation, settings.lsnsAtRiskBelow(), settings.stuckAfterWeeks()).update();
    }
}
