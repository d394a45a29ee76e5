-- Rectification (整改): inspection rounds and batches, the tasks with their lifecycle state, progress notes, evidence
-- files (bytes in the shared file store) and deadline extensions. The BPMN process carries only the task id.
create table rectification_round (
    id               bigint       not null auto_increment primary key,
    version          bigint       not null,
    jurisdiction_id  bigint       not null,
    park_id          bigint,
    source           varchar(30)  not null,
    name             varchar(200) not null,
    issued_on        date,
    created_at       datetime(6)  not null,
    created_by       varchar(100) not null,
    constraint fk_rectification_round_jurisdiction foreign key (jurisdiction_id) references jurisdiction (id),
    constraint fk_rectification_round_park foreign key (park_id) references park (id)
) ${table_options};

create index ix_rectification_round_scope on rectification_round (jurisdiction_id, park_id);

create table rectification_task (
    id                    bigint        not null auto_increment primary key,
    version               bigint        not null,
    park_id               bigint        not null,
    source                varchar(30)   not null,
    round_id              bigint,
    title                 varchar(200)  not null,
    description           longtext,
    responsible_unit      varchar(200)  not null,
    responsible_person    varchar(100)  not null,
    responsible_username  varchar(50),
    assigned_on           date          not null,
    deadline              date          not null,
    status                varchar(30)   not null,
    progress_percent      int           not null,
    progress_note         varchar(2000),
    report_id             bigint,
    indicator_code        varchar(10),
    completed_on          date,
    closed_on             date,
    closed_by             varchar(100),
    return_reason         varchar(2000),
    overdue_notified_for  date,
    process_instance_id   varchar(64),
    created_at            datetime(6)   not null,
    created_by            varchar(100)  not null,
    updated_at            datetime(6)   not null,
    updated_by            varchar(100)  not null,
    constraint fk_rectification_task_park foreign key (park_id) references park (id),
    constraint fk_rectification_task_round foreign key (round_id) references rectification_round (id),
    constraint fk_rectification_task_report foreign key (report_id) references annual_report (id)
) ${table_options};

-- The dashboard's aggregates read only this index (covering), never the wide rows with their descriptions, and in
-- the order of their GROUP BY (park, source, round), so the database groups as it reads without sorting.
create index ix_rectification_task_dashboard
    on rectification_task (park_id, source, round_id, status, deadline, closed_on, assigned_on);
create index ix_rectification_task_deadline on rectification_task (deadline, id);
create index ix_rectification_task_round on rectification_task (round_id);
create index ix_rectification_task_report on rectification_task (report_id, indicator_code);

create table rectification_progress (
    id           bigint        not null auto_increment primary key,
    version      bigint        not null,
    task_id      bigint        not null,
    percent      int           not null,
    note         varchar(2000),
    author       varchar(50)   not null,
    author_name  varchar(100)  not null,
    recorded_at  datetime(6)   not null,
    constraint fk_rectification_progress_task foreign key (task_id) references rectification_task (id)
) ${table_options};

create index ix_rectification_progress_task on rectification_progress (task_id, id);

create table rectification_evidence (
    id           bigint       not null auto_increment primary key,
    version      bigint       not null,
    task_id      bigint       not null,
    file_id      bigint       not null,
    constraint fk_rectification_evidence_task foreign key (task_id) references rectification_task (id),
    constraint fk_rectification_evidence_file foreign key (file_id) references stored_file (id)
) ${table_options};

create index ix_rectification_evidence_task on rectification_evidence (task_id);

create table rectification_extension (
    id                  bigint        not null auto_increment primary key,
    version             bigint        not null,
    task_id             bigint        not null,
    previous_deadline   date          not null,
    requested_deadline  date          not null,
    reason              varchar(2000) not null,
    requested_by        varchar(50)   not null,
    requested_by_name   varchar(100)  not null,
    requested_at        datetime(6)   not null,
    status              varchar(20)   not null,
    decided_by          varchar(50),
    decided_by_name     varchar(100),
    decided_at          datetime(6),
    decision_note       varchar(2000),
    constraint fk_rectification_extension_task foreign key (task_id) references rectification_task (id)
) ${table_options};

create index ix_rectification_extension_task on rectification_extension (task_id, id);
