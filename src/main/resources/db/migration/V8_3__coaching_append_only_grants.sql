-- Notes, wishes, successes, sessions and support plan entries are written once and never changed: the
-- application role may add them but not update them, so they are append-only in the database itself.
-- Outcome answers are replaced by delete and insert (never updated); round table invitees are never removed.
-- The step template is replaced by delete and insert, never updated.
revoke update on coaching_note, coaching_wish, coaching_success, coaching_session, support_plan_entry,
    outcome_answer, coaching_step_template from ${app_role};
revoke delete on round_table_invitee from ${app_role};
