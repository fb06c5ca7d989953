-- The audit page's filter by participant ("who read this person's data") gets the GIN index audit_event_subjects
-- (V10_80) back. Under row-level security the planner may use only LEAKPROOF operators as index conditions before the
-- policy's, and @> (arraycontains) is not one, so as the application role the filter walked the organisation's whole
-- time index: on region data 21,358 buffers and 0.5-2.4 s for a participant named in 59 of 33,280 rows
-- (docs/region-scale.md, "The audit row's ids on region data").
--
-- This function runs as the owner, so without row-level security, and finds the ids of one page of the rows naming
-- the participant. What bounds it:
-- - the organisation is the one the transaction set (brugwerk_current_organisation()), never a parameter; with none
--   set, or an empty one, it finds nothing;
-- - it returns ids only, of rows the application role may read already (the policy's own condition, organisation_id
--   = brugwerk_current_organisation(), is the first condition here); the page then reads those rows under row-level
--   security with all its filters again, so every row shown passes the policy as before;
-- - the cursor row is looked up within the organisation too: another organisation's row id continues nowhere, as
--   under the policy, and tells nothing of when that row was written;
-- - values reach the statement only as parameters ($1...); the text adds fixed conditions for the filters given;
-- - execute for the application role only, not for PUBLIC.
-- How it finds them: first it walks up to 1,000 of the organisation's rows that the page's other filters leave, in
-- the page's order from its cursor (the time index, or the staff member's or the action's), and keeps those naming the
-- participant until the page is full. A participant named in many rows (every list view names the fifty participants of its first page)
-- fills the page there, as the walk did before; so does any participant when the filters leave at most 1,000 rows.
-- Otherwise it asks for the participant's rows with every filter, a statement EXECUTE plans on every call with its
-- values, so that the planner can choose the GIN for a participant named in few rows. The walk comes first because the
-- planner's estimate of how many rows name an id is the whole table's: a participant named in half of one
-- organisation's rows looked rare among all organisations' and was answered from the GIN, then sorted, 30,000 rows
-- for a page of 50 (docs/region-scale.md).
create function brugwerk_audit_page_naming(subject uuid, by_account uuid, of_action text, from_time timestamptz,
                                           until_time timestamptz, cursor_id bigint, older boolean, page_rows integer)
    returns bigint[]
    language plpgsql stable security definer set search_path = public, pg_temp
    as $$
declare
    organisation uuid := brugwerk_current_organisation();
    direction text := case when cursor_id is null or older then 'desc' else 'asc' end;
    walk_rows constant integer := 1000;
    rows_left text;
    walked integer := 0;
    walked_row record;
    found bigint[] := '{}';
begin
    if organisation is null or subject is null or page_rows is null or page_rows < 1 then
        return '{}';
    end if;
    rows_left := ' from audit_event e where e.organisation_id = $1'
            || case when by_account is null then '' else ' and e.account_id = $3' end
            || case when of_action is null then '' else ' and e.action = $4' end
            || case when from_time is null then '' else ' and e.occurred_at >= $5' end
            || case when until_time is null then '' else ' and e.occurred_at < $6' end
            || case when cursor_id is null then ''
                    else ' and (e.occurred_at, e.id) ' || case when older then '<' else '>' end
                         || ' (select c.occurred_at, c.id from audit_event c where c.id = $7 and c.organisation_id = $1)'
               end;
    for walked_row in execute 'select e.id, e.subject_ids' || rows_left || ' order by e.occurred_at ' || direction
            || ', e.id ' || direction || ' limit $9'
        using organisation, subject, by_account, of_action, from_time, until_time, cursor_id, page_rows, walk_rows
    loop
        walked := walked + 1;
        if walked_row.subject_ids @> array[subject] then
            found := found || walked_row.id;
            if cardinality(found) >= page_rows then
                return found;
            end if;
        end if;
    end loop;
    if walked < walk_rows then
        return found;
    end if;
    execute 'select coalesce(array_agg(p.id), ''{}'') from (select e.id' || rows_left
            || ' and e.subject_ids @> array[$2] order by e.occurred_at ' || direction || ', e.id ' || direction
            || ' limit $8) p'
        into found
        using organisation, subject, by_account, of_action, from_time, until_time, cursor_id, page_rows;
    return found;
end
$$;
revoke all on function brugwerk_audit_page_naming(uuid, uuid, text, timestamptz, timestamptz, bigint, boolean, integer)
    from public;
grant execute on function brugwerk_audit_page_naming(uuid, uuid, text, timestamptz, timestamptz, bigint, boolean,
    integer) to ${app_role};
