-- Spec §9: each changeable record of a case (agreement, action, measure) has its own ETag, its
-- version, bumped by every change to it; PATCH needs If-Match on it.
alter table agreement add column version bigint not null default 1;
alter table plan_action add column version bigint not null default 1;
alter table measure add column version bigint not null default 1;
