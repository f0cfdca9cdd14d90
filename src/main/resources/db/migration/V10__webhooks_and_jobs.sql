-- Webhooks (spec §11): subscriptions, and the transactional outbox that is also the delivery log.
create table webhook_subscription (
    id uuid primary key,
    url varchar(2000) not null,
    -- EventType names, comma-separated
    event_types varchar(1000) not null,
    enabled boolean not null,
    secret varchar(100) not null,
    -- after a rotation the previous secret signs beside the new one until previous_secret_until
    previous_secret varchar(100),
    previous_secret_until timestamptz,
    -- the first failure since the last success; failing for too long disables the subscription
    failing_since timestamptz,
    disabled_reason varchar(20),
    created_at timestamptz not null,
    version bigint not null default 1
);

-- One row per event and subscription, written in the transaction of the change. The dispatcher
-- claims due rows with FOR UPDATE SKIP LOCKED, so each is delivered by one replica at a time.
create table webhook_delivery (
    id uuid primary key,
    position bigserial not null unique,
    subscription_id uuid not null references webhook_subscription (id) on delete cascade,
    case_id uuid not null,
    event_sequence bigint not null,
    event_type varchar(40) not null,
    -- the exact CloudEvent JSON that is signed and sent (thin: ids, steps, levels, kinds; no names, no free text)
    body text not null,
    status varchar(12) not null,
    attempts int not null default 0,
    next_attempt_at timestamptz not null,
    last_attempt_at timestamptz,
    last_status_code int,
    last_duration_ms int,
    last_error varchar(40),
    last_attempt_by varchar(100),
    delivered_at timestamptz,
    created_at timestamptz not null
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_case_order on webhook_delivery (subscription_id, case_id, event_sequence) where status = 'PENDING';
create index webhook_delivery_log on webhook_delivery (subscription_id, position);
create index webhook_delivery_case on webhook_delivery (case_id);

-- Scheduled jobs run once across replicas: one row per job and scheduled fire time, written under an advisory lock.
create table scheduled_job_run (
    job varchar(60) not null,
    slot timestamptz not null,
    instance varchar(100) not null,
    started_at timestamptz not null,
    primary key (job, slot)
);
