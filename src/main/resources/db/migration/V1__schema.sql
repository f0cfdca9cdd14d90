-- Roster: synced from the student record system, never typed in by mentors.
create table staff (
    id           uuid primary key,
    external_id  varchar(100) not null unique,
    username     varchar(100) not null unique,
    given_name   varchar(100) not null,
    family_name  varchar(100) not null,
    updated_at   timestamptz  not null
);

-- function: LC = leerlingcoordinator of the department, OC = ondersteuningscoordinator of it.
create table staff_department (
    staff_id   uuid         not null references staff (id) on delete cascade,
    department varchar(100) not null,
    function   varchar(2)   not null check (function in ('LC', 'OC')),
    primary key (staff_id, function, department)
);
create index staff_department_department_idx on staff_department (department, function);

create table school_group (
    code        varchar(20)  primary key,
    department  varchar(100) not null,
    school_year varchar(9)   not null,
    updated_at  timestamptz  not null
);
create index school_group_department_idx on school_group (department);

create table group_mentor (
    group_code varchar(20) not null references school_group (code) on delete cascade,
    staff_id   uuid        not null references staff (id) on delete cascade,
    primary key (group_code, staff_id)
);
create index group_mentor_staff_idx on group_mentor (staff_id);

create table student (
    id          uuid primary key,
    external_id varchar(100) not null unique,
    eck_id      varchar(200),
    given_name  varchar(100) not null,
    family_name varchar(100) not null,
    group_code  varchar(20),
    active      boolean      not null,
    left_on     date,
    updated_at  timestamptz  not null
);
create index student_group_idx on student (group_code);
create index student_name_idx on student (family_name, given_name, id);

-- School calendar: weekends are never school days; these periods are not either.
create table school_calendar (
    school_year varchar(9) primary key,
    updated_at  timestamptz not null
);
create table non_school_period (
    school_year varchar(9)   not null references school_calendar (school_year) on delete cascade,
    starts_on   date         not null,
    ends_on     date         not null,
    name        varchar(200) not null,
    primary key (school_year, starts_on),
    check (ends_on >= starts_on)
);
create index non_school_period_range_idx on non_school_period (starts_on, ends_on);

-- Cases.
create table bullying_case (
    id                     uuid primary key,
    summary                varchar(200) not null,
    step                   varchar(20)  not null,
    level                  varchar(4)   not null,
    owner_id               uuid         not null references staff (id),
    coordinator_id         uuid references staff (id),
    support_coordinator_id uuid references staff (id),
    opened_at              timestamptz  not null,
    opened_by_id           uuid         not null references staff (id),
    closed_at              timestamptz,
    close_reason           varchar(2000),
    -- counts every transition, so "since the case entered this step" is exact
    step_seq               integer      not null,
    evaluation_round       integer      not null,
    version                bigint       not null,
    updated_at             timestamptz  not null
);
-- keyset pagination (newest first) and the list filters
create index case_opened_idx on bullying_case (opened_at desc, id desc);
create index case_step_idx on bullying_case (step, opened_at desc, id desc);
create index case_level_idx on bullying_case (level, opened_at desc, id desc);
create index case_owner_idx on bullying_case (owner_id);
create index case_opened_by_idx on bullying_case (opened_by_id);
create index case_coordinator_idx on bullying_case (coordinator_id);
create index case_support_coordinator_idx on bullying_case (support_coordinator_id);

create table case_form (
    case_id uuid        not null references bullying_case (id) on delete cascade,
    form    varchar(20) not null,
    primary key (case_id, form)
);

create table involvement (
    case_id    uuid        not null references bullying_case (id) on delete cascade,
    student_id uuid        not null references student (id),
    role       varchar(20) not null,
    added_at   timestamptz not null,
    primary key (case_id, student_id)
);
create index involvement_student_idx on involvement (student_id, case_id);

create table incident (
    id            uuid primary key,
    case_id       uuid          not null references bullying_case (id) on delete cascade,
    occurred_at   timestamptz   not null,
    reported_at   timestamptz   not null,
    reporter_type varchar(10)   not null,
    reporter_name varchar(200),
    location      varchar(200),
    description   varchar(10000) not null,
    logged_by_id  uuid          not null references staff (id),
    logged_at     timestamptz   not null
);
create index incident_case_idx on incident (case_id, occurred_at);
create table incident_form (
    incident_id uuid        not null references incident (id) on delete cascade,
    form        varchar(20) not null,
    primary key (incident_id, form)
);
create table incident_student (
    incident_id uuid not null references incident (id) on delete cascade,
    student_id  uuid not null references student (id),
    primary key (incident_id, student_id)
);

create table analysis (
    case_id                uuid primary key references bullying_case (id) on delete cascade,
    severity               varchar(6)     not null,
    how                    varchar(10000) not null,
    group_role             varchar(10000) not null,
    since                  date,
    duration               varchar(200),
    previous_interventions varchar(10000),
    recorded_at            timestamptz    not null,
    recorded_by_id         uuid           not null references staff (id)
);
create table analysis_form (
    case_id uuid        not null references analysis (case_id) on delete cascade,
    form    varchar(20) not null,
    primary key (case_id, form)
);

create table plan_action (
    id          uuid primary key,
    case_id     uuid           not null references bullying_case (id) on delete cascade,
    term        varchar(4)     not null,
    track       varchar(10)    not null,
    description varchar(10000) not null,
    assignee_id uuid           not null references staff (id),
    due_on      date,
    status      varchar(10)    not null,
    created_at  timestamptz    not null
);
create index plan_action_case_idx on plan_action (case_id, created_at);
create table plan_action_student (
    action_id  uuid not null references plan_action (id) on delete cascade,
    student_id uuid not null references student (id),
    primary key (action_id, student_id)
);

create table conversation (
    id                 uuid primary key,
    case_id            uuid           not null references bullying_case (id) on delete cascade,
    type               varchar(10)    not null,
    held_at            timestamptz    not null,
    conducted_by_id    uuid           not null references staff (id),
    other_participants jsonb          not null,
    notes              varchar(10000),
    guide_answers      jsonb          not null,
    safety_assessed    boolean        not null,
    follow_up_on       date,
    created_at         timestamptz    not null
);
create index conversation_case_idx on conversation (case_id, held_at);
create table conversation_student (
    conversation_id uuid not null references conversation (id) on delete cascade,
    student_id      uuid not null references student (id),
    primary key (conversation_id, student_id)
);

create table agreement (
    id                         uuid primary key,
    case_id                    uuid           not null references bullying_case (id) on delete cascade,
    description                varchar(10000) not null,
    conversation_id            uuid references conversation (id),
    review_on                  date           not null,
    status                     varchar(10)    not null,
    communicated_to_students_at timestamptz,
    communicated_to_parents_at timestamptz,
    recorded_in_som_at         timestamptz,
    created_at                 timestamptz    not null
);
create index agreement_case_idx on agreement (case_id, created_at);
-- "mentor checkt regelmatig": agreements due for review
create index agreement_due_idx on agreement (review_on) where status = 'ACTIEF';
create table agreement_party (
    agreement_id uuid not null references agreement (id) on delete cascade,
    student_id   uuid not null references student (id),
    primary key (agreement_id, student_id)
);

create table sign_off (
    id        uuid primary key,
    case_id   uuid           not null references bullying_case (id) on delete cascade,
    round     integer        not null,
    staff_id  uuid           not null references staff (id),
    signed_as varchar(30)    not null,
    outcome   varchar(20)    not null,
    notes     varchar(10000),
    signed_at timestamptz    not null,
    unique (case_id, round, staff_id)
);

create table measure (
    id                               uuid primary key,
    case_id                          uuid          not null references bullying_case (id) on delete cascade,
    student_id                       uuid          not null references student (id),
    type                             varchar(30)   not null,
    start_on                         date,
    school_days                      integer,
    end_on                           date,
    reason                           varchar(10000) not null,
    decided_by_id                    uuid          not null references staff (id),
    step_seq                         integer       not null,
    parents_heard_on                 date,
    inspectie_notification_required  boolean       not null,
    leerplicht_notification_required boolean       not null,
    parents_notified_in_writing_at   timestamptz,
    inspectie_notified_at            timestamptz,
    leerplicht_notified_at           timestamptz,
    created_at                       timestamptz   not null
);
create index measure_case_idx on measure (case_id, created_at);
create index measure_student_idx on measure (student_id, type, start_on);

create table timeline_event (
    id         bigserial primary key,
    case_id    uuid         not null references bullying_case (id) on delete cascade,
    type       varchar(40)  not null,
    occurred_at timestamptz not null,
    actor_id   uuid references staff (id),
    data       jsonb        not null
);
create index timeline_event_case_idx on timeline_event (case_id, id);
