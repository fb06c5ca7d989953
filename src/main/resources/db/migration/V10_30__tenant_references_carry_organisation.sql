-- Row-level security checks only a row's own organisation: a coaching note of organisation A could name a coach
-- of organisation B as its author, and PostgreSQL accepted it. From here on every reference from one tenant
-- table to another carries the organisation: (organisation_id, x_id) references (organisation_id, id), so the
-- referenced row must belong to the same organisation.
--
-- A tenant table is what row-level security guards (relrowsecurity) and has an organisation_id column, the same
-- definition the row-level security tests use. The references are found in the catalogue rather than listed by
-- hand, so that tables added by migrations before this one are covered too; TenantReferencesIntegrationTests
-- fails on any tenant reference added later without the organisation.
--
-- Existing data is checked first: a row that refers to another organisation's row stops the migration with a
-- report naming the table, the constraint and the rows. Nothing is changed to make the keys fit; someone who
-- knows the data decides what the right organisation is.

create temporary table tenant_reference on commit drop as
select c.conname                                                     as constraint_name,
       child.relname                                                 as child_table,
       parent.relname                                                as parent_table,
       c.confdeltype                                                 as on_delete,
       array(select a.attname from unnest(c.conkey) with ordinality k(attnum, n)
             join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum order by k.n)  as child_columns,
       array(select a.attname from unnest(c.confkey) with ordinality k(attnum, n)
             join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.attnum order by k.n) as parent_columns
from pg_constraint c
join pg_class child on child.oid = c.conrelid
join pg_class parent on parent.oid = c.confrelid
join pg_namespace n on n.oid = child.relnamespace
where c.contype = 'f' and n.nspname = 'public'
  and child.relrowsecurity and parent.relrowsecurity
  and exists (select 1 from pg_attribute a where a.attrelid = child.oid and a.attname = 'organisation_id' and not a.attisdropped)
  and exists (select 1 from pg_attribute a where a.attrelid = parent.oid and a.attname = 'organisation_id' and not a.attisdropped)
  and not exists (select 1 from unnest(c.conkey) k(attnum)
                  join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum
                  where a.attname = 'organisation_id');

do $$
declare
    reference record;
    child_key text;
    join_condition text;
    offending text;
    report text := '';
begin
    for reference in select * from tenant_reference order by child_table, constraint_name loop
        -- the child's primary key names the offending rows; a table without one is named by its row address
        select coalesce(string_agg(format('child.%I', a.attname), ' || '','' || ' order by k.n), 'child.ctid')
            into child_key
            from pg_constraint p
            cross join unnest(p.conkey) with ordinality k(attnum, n)
            join pg_attribute a on a.attrelid = p.conrelid and a.attnum = k.attnum
            where p.conrelid = format('public.%I', reference.child_table)::regclass and p.contype = 'p';
        select string_agg(format('parent.%I = child.%I', reference.parent_columns[i], reference.child_columns[i]), ' and ')
            into join_condition
            from generate_subscripts(reference.child_columns, 1) i;
        execute format('select string_agg(distinct (%s)::text, '', '') from %I child join %I parent on %s '
                       || 'where parent.organisation_id is distinct from child.organisation_id',
                       child_key, reference.child_table, reference.parent_table, join_condition)
            into offending;
        if offending is not null then
            report := report || format(E'\n  %s (%s -> %s): rows %s', reference.child_table, reference.constraint_name,
                                      reference.parent_table, offending);
        end if;
    end loop;
    if report <> '' then
        raise exception 'Rows refer to another organisation''s rows; fix them, then start again. Nothing was changed.%',
            report;
    end if;

    -- every referenced table offers (organisation_id, its key) to refer to
    for reference in select distinct parent_table, parent_columns from tenant_reference order by parent_table loop
        if not exists (select 1 from pg_constraint u
                       where u.conrelid = format('public.%I', reference.parent_table)::regclass and u.contype in ('u', 'p')
                         and array(select a.attname from unnest(u.conkey) with ordinality k(attnum, n)
                                   join pg_attribute a on a.attrelid = u.conrelid and a.attnum = k.attnum order by k.n)
                             = array['organisation_id']::name[] || reference.parent_columns) then
            execute format('alter table %I add constraint %I unique (organisation_id, %s)', reference.parent_table,
                           left(reference.parent_table || '_organisation_' || array_to_string(reference.parent_columns, '_'), 59) || '_key',
                           (select string_agg(format('%I', c), ', ') from unnest(reference.parent_columns) c));
        end if;
    end loop;

    for reference in select * from tenant_reference order by child_table, constraint_name loop
        if reference.on_delete not in ('a', 'c', 'r') then
            -- set null / set default would also clear organisation_id; such a reference needs a hand-written key
            raise exception 'Reference % on % deletes with action %: write its key by hand', reference.constraint_name,
                reference.child_table, reference.on_delete;
        end if;
        execute format('alter table %I drop constraint %I', reference.child_table, reference.constraint_name);
        execute format('alter table %I add constraint %I foreign key (organisation_id, %s) references %I (organisation_id, %s)%s',
                       reference.child_table, reference.constraint_name,
                       (select string_agg(format('%I', c), ', ') from unnest(reference.child_columns) c),
                       reference.parent_table,
                       (select string_agg(format('%I', c), ', ') from unnest(reference.parent_columns) c),
                       case reference.on_delete when 'c' then ' on delete cascade'
                                                when 'a' then ''
                                                else ' on delete restrict' end);
    end loop;
end $$;
