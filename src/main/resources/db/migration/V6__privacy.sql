-- Privacy (spec §10): audit entries without pupil identifiers and with their own retention,
-- countable involvements after retention, and leavers' records.

-- ---- Audit: the pupil an operation is about is kept apart from the action, so retention can remove it ----
alter table audit_entry add column student_id uuid;
create index audit_entry_student_idx on audit_entry (student_id) where student_id is not null;
create index audit_entry_at_idx on audit_entry (at);

-- Actions recorded before this version hold raw paths, some with a pupil's externalId: rewrite them to
-- the route templates the service records now, keeping the pupil as a link. The only time a
-- migration changes audit rows; the trigger is off for these statements alone.
alter table audit_entry disable trigger audit_entry_no_update_or_delete;
update audit_entry a set student_id = s.id
  from student s
 where a.student_id is null
   and (a.action ~ '/involvements/[^/]+$' or a.action ~ '/students/[^/]+/export$')
   and s.external_id = coalesce(substring(a.action from '/involvements/([^/]+)$'),
                                substring(a.action from '/students/([^/]+)/export$'));
update audit_entry set action = regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
         regexp_replace(action,
         '/students/[^/]+/export$', '/students/{externalId}/export'),
         '/involvements/[^/]+$', '/involvements/{studentId}'),
         '/cases/\{id\}', '/cases/{caseId}'),
         '/agreements/\{id\}', '/agreements/{agreementId}'),
         '/actions/\{id\}', '/actions/{actionId}'),
         '/measures/\{id\}', '/measures/{measureId}'),
         '/students/[^/{]+$', '/students/{externalId}')
 where action like '% /api/v1/%';
alter table audit_entry enable trigger audit_entry_no_update_or_delete;

-- Append-only for everyone, with two narrow exceptions that only the functions below open, inside
-- their own statement: deleting rows older than the cutoff the retention job passes, and clearing
-- the pupil link of the rows of an anonymised case. A transaction-local setting carries the
-- permission from the function to the trigger; the functions reset it before they return.
-- (Where the service's database role is not the owner of the schema, grant it only INSERT and
-- SELECT on audit_entry and EXECUTE on these SECURITY DEFINER functions: then no other path exists
-- even for a user who sets the setting by hand.)
create or replace function audit_entry_is_append_only() returns trigger language plpgsql as $$
declare
    expire_before text := current_setting('pestprotocol.audit_expire_before', true);
    unlinking     text := current_setting('pestprotocol.audit_unlink', true);
begin
    if tg_op = 'DELETE' and coalesce(expire_before, '') <> '' and old.at < cast(expire_before as timestamptz) then
        return old;
    end if;
    if tg_op = 'UPDATE' and unlinking = 'on' and new.student_id is null
       and (to_jsonb(new) - 'student_id') = (to_jsonb(old) - 'student_id') then
        return new;
    end if;
    raise exception 'audit_entry is append-only: % is not allowed', tg_op;
end;
$$;

create function audit_entry_expire(cutoff timestamptz) returns bigint language plpgsql
    security definer set search_path from current as $$
declare
    removed bigint;
begin
    perform set_config('pestprotocol.audit_expire_before', cast(cutoff as text), true);
    delete from audit_entry where at < cutoff;
    get diagnostics removed = row_count;
    perform set_config('pestprotocol.audit_expire_before', '', true);
    return removed;
end;
$$;

create function audit_entry_unlink(cases uuid[]) returns bigint language plpgsql
    security definer set search_path from current as $$
declare
    cleared bigint;
begin
    perform set_config('pestprotocol.audit_unlink', 'on', true);
    update audit_entry set student_id = null where case_id = any(cases) and student_id is not null;
    get diagnostics cleared = row_count;
    perform set_config('pestprotocol.audit_unlink', '', true);
    return cleared;
end;
$$;

-- ---- Involvements stay countable after retention: role, department and year group, not the pupil ----
-- The year group (leerjaar) is the first number in the group code, the Dutch convention for
-- stamgroepen (1A, 2B, H4, V5a); a code without a number has none.
create function year_group_of(group_code varchar) returns smallint language sql immutable as $$
    select cast(substring(group_code from '[0-9]{1,2}') as smallint)
$$;

alter table involvement drop constraint involvement_pkey;
alter table involvement add column id bigint generated always as identity primary key;
alter table involvement alter column student_id drop not null;
create unique index involvement_case_student_idx on involvement (case_id, student_id);
alter table involvement add column department varchar(100);
alter table involvement add column year_group smallint;

-- Snapshot at the moment the pupil is involved: their group then, not the one they left from.
create function involvement_snapshot() returns trigger language plpgsql as $$
begin
    if new.student_id is not null and new.department is null then
        select g.department, year_group_of(s.group_code) into new.department, new.year_group
          from student s left join school_group g on g.code = s.group_code
         where s.id = new.student_id;
    end if;
    return new;
end;
$$;
create trigger involvement_snapshot before insert on involvement
    for each row execute function involvement_snapshot();

update involvement i set department = g.department, year_group = year_group_of(s.group_code)
  from student s left join school_group g on g.code = s.group_code
 where s.id = i.student_id;

-- ---- Leavers: a pupil's own record loses what identifies them once no kept case names them ----
alter table student add column anonymized_at timestamptz;
create index student_left_idx on student (left_on) where anonymized_at is null and left_on is not null;

-- The timeline names pupils in its data; export and the leaver rule look them up.
create index timeline_event_student_idx on timeline_event ((data ->> 'studentId')) where (data ->> 'studentId') is not null;
