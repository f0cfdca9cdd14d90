-- Audit log: every read and write of case data. Append-only in the database itself.
create table audit_entry (
    id         bigserial primary key,
    at         timestamptz  not null,
    subject    varchar(200) not null,
    username   varchar(200) not null,
    role       varchar(40)  not null,
    action     varchar(300) not null,
    case_id    uuid         not null,
    request_id varchar(100) not null
);
create index audit_entry_case_idx on audit_entry (case_id, id);

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % is not allowed', tg_op;
end;
$$;
create trigger audit_entry_no_update_or_delete before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();

-- Retention removes personal content and keeps the anonymous facts; these columns become optional.
alter table bullying_case add column anonymized_at timestamptz;
alter table bullying_case alter column owner_id drop not null;
alter table bullying_case alter column opened_by_id drop not null;
alter table incident alter column description drop not null;
alter table incident alter column logged_by_id drop not null;
alter table analysis alter column how drop not null;
alter table analysis alter column group_role drop not null;
alter table analysis alter column recorded_by_id drop not null;
alter table plan_action alter column description drop not null;
alter table plan_action alter column assignee_id drop not null;
alter table conversation alter column conducted_by_id drop not null;
alter table agreement alter column description drop not null;
alter table sign_off alter column staff_id drop not null;
alter table sign_off drop constraint sign_off_case_id_round_staff_id_key;
create unique index sign_off_one_per_person_idx on sign_off (case_id, round, staff_id) where staff_id is not null;
alter table measure alter column student_id drop not null;
alter table measure alter column reason drop not null;
alter table measure alter column decided_by_id drop not null;
alter table timeline_event alter column data drop not null;

-- Retention looks for closed cases.
create index case_closed_idx on bullying_case (closed_at) where step = 'AFGESLOTEN' and anonymized_at is null;
