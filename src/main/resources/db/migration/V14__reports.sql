-- The aanspreekpunt's desk (spec §13): reports from pupils and parents, without an account.
-- The receipt's secret is stored only as its SHA-256 hash; the code is what the reporter types.
-- "about" is free text and is never linked to roster pupils; case_id is set by triage.
create table report (
    id               uuid primary key,
    code             varchar(20)    not null unique,
    secret_hash      bytea          not null,
    reporter_type    varchar(10)    not null,
    reporter_name    varchar(200),
    reporter_contact varchar(200),
    location         varchar(200),
    occurred_on      date,
    description      varchar(10000),
    about            varchar(2000),
    status           varchar(20)    not null,
    message          varchar(500),
    received_at      timestamptz    not null,
    case_id          uuid references bullying_case (id),
    incident_id      uuid references incident (id),
    triage           varchar(20),
    triaged_by_id    uuid references staff (id),
    triaged_at       timestamptz,
    close_reason     varchar(2000),
    anonymized_at    timestamptz
);
-- the intake queue: newest first, open reports first
create index report_queue_idx on report (received_at desc, id desc);
create index report_case_idx on report (case_id) where case_id is not null;

create table report_form (
    report_id uuid        not null references report (id) on delete cascade,
    form      varchar(20) not null,
    primary key (report_id, form)
);

-- Reads and writes of a report are audited like those of a case; an entry names one or the other.
alter table audit_entry alter column case_id drop not null;
alter table audit_entry add column report_id uuid;
create index audit_entry_report_idx on audit_entry (report_id, id) where report_id is not null;
