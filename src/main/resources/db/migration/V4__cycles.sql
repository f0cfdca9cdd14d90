-- Cycles (spec §3 "Precisions"): a case's first cycle starts when it opens, each reopening by
-- herhaling starts the next, and the conditions of the transition table count only the records of
-- the current cycle. The level conditions count only conversations held since the level was reached.
alter table bullying_case add column cycle integer;
alter table bullying_case add column level_reached_at timestamptz;
alter table analysis add column cycle integer;
alter table plan_action add column cycle integer;
alter table conversation add column cycle integer;
alter table agreement add column cycle integer;

-- Existing data: a reopening is the STEP_CHANGED event from AFGESLOTEN; a record belongs to the cycle
-- that had started when it was stored.
create temporary table reopening on commit drop as
    select case_id, occurred_at from timeline_event
    where type = 'STEP_CHANGED' and data ->> 'from' = 'AFGESLOTEN';

update bullying_case c set cycle = 1 + (select count(*) from reopening r where r.case_id = c.id);
update analysis x set cycle = 1 + (select count(*) from reopening r where r.case_id = x.case_id
                                   and r.occurred_at <= x.recorded_at);
update plan_action x set cycle = 1 + (select count(*) from reopening r where r.case_id = x.case_id
                                      and r.occurred_at <= x.created_at);
update conversation x set cycle = 1 + (select count(*) from reopening r where r.case_id = x.case_id
                                       and r.occurred_at <= x.created_at);
update agreement x set cycle = 1 + (select count(*) from reopening r where r.case_id = x.case_id
                                    and r.occurred_at <= x.created_at);
update bullying_case c set level_reached_at = coalesce(
    (select max(e.occurred_at) from timeline_event e where e.case_id = c.id and e.type = 'LEVEL_RAISED'), c.opened_at);

-- No default: a record stored without its cycle fails here instead of counting for the wrong one.
alter table bullying_case alter column cycle set not null;
alter table bullying_case add constraint bullying_case_cycle_check check (cycle >= 1);
alter table bullying_case alter column level_reached_at set not null;
alter table analysis alter column cycle set not null;
alter table analysis add constraint analysis_cycle_check check (cycle >= 1);
alter table plan_action alter column cycle set not null;
alter table plan_action add constraint plan_action_cycle_check check (cycle >= 1);
alter table conversation alter column cycle set not null;
alter table conversation add constraint conversation_cycle_check check (cycle >= 1);
alter table agreement alter column cycle set not null;
alter table agreement add constraint agreement_cycle_check check (cycle >= 1);

-- The guards read the records of one case's current cycle.
create index plan_action_case_cycle_idx on plan_action (case_id, cycle);
create index conversation_case_cycle_idx on conversation (case_id, cycle);
create index agreement_case_cycle_idx on agreement (case_id, cycle);
