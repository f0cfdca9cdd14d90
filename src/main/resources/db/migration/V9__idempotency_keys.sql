-- Idempotency-Key (spec §9): the first successful answer to a POST, per caller and key, stored in the
-- same transaction as the change it answers, so a retry either finds it or finds nothing was done.
-- The stored body may name pupils: rows live only until expires_at (24 h by default) and the
-- cleanup job deletes them; they are a short-lived copy of an answer, not a record of the case.
create table idempotency_key (
    subject       varchar(255)  not null,
    idem_key      varchar(255)  not null,
    fingerprint   varchar(64)   not null,
    method        varchar(10)   not null,
    path          varchar(2048) not null,
    status        integer       not null,
    content_type  varchar(200),
    location      varchar(2048),
    etag          varchar(100),
    body          text,
    created_at    timestamptz   not null,
    expires_at    timestamptz   not null,
    primary key (subject, idem_key)
);

create index idempotency_key_expires_at on idempotency_key (expires_at);
