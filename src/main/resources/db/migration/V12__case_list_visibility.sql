-- The case list starts from the viewer's own candidates (cases/CaseListQuery) instead of walking
-- the whole history. Every path to a candidate is an index that yields (opened_at, id) on its own.

-- A copy of the case's opened_at on each involvement, so a pupil's cases come newest first from one
-- index without visiting the cases. opened_at is written once, when the case opens, and never changes.
alter table involvement add column case_opened_at timestamptz;
update involvement i set case_opened_at = c.opened_at from bullying_case c where c.id = i.case_id;
alter table involvement alter column case_opened_at set not null;

create function involvement_case_opened_at() returns trigger language plpgsql as $$
begin
    if new.case_opened_at is null then
        select c.opened_at into new.case_opened_at from bullying_case c where c.id = new.case_id;
    end if;
    return new;
end
$$;
create trigger involvement_case_opened_at before insert on involvement
    for each row execute function involvement_case_opened_at();

-- Should anything ever move opened_at, the copies follow.
create function bullying_case_opened_at_copies() returns trigger language plpgsql as $$
begin
    update involvement set case_opened_at = new.opened_at where case_id = new.id;
    return new;
end
$$;
create trigger bullying_case_opened_at_copies after update of opened_at on bullying_case
    for each row when (old.opened_at is distinct from new.opened_at) execute function bullying_case_opened_at_copies();

drop index involvement_student_idx;
create index involvement_student_opened_idx on involvement (student_id, case_opened_at desc, case_id desc);

drop index case_owner_idx;
drop index case_opened_by_idx;
drop index case_coordinator_idx;
drop index case_support_coordinator_idx;
create index case_owner_idx on bullying_case (owner_id, opened_at desc, id desc);
create index case_opened_by_idx on bullying_case (opened_by_id, opened_at desc, id desc);
create index case_coordinator_idx on bullying_case (coordinator_id, opened_at desc, id desc);
create index case_support_coordinator_idx on bullying_case (support_coordinator_id, opened_at desc, id desc);
