-- 催办: a province reminding a park of its annual report. At most one per park and Beijing day, whichever node or
-- person chases: the unique key is the rule. The chasing bureau's name is kept as it was that day, because the park
-- is shown "吉林省生态环境厅于 … 催办" for as long as the report is open.
create table park_chase (
    id                bigint       not null auto_increment primary key,
    version           bigint       not null,
    park_id           bigint       not null,
    report_year       int          not null,
    jurisdiction_id   bigint       not null,
    jurisdiction_name varchar(100) not null,
    chased_by         varchar(50)  not null,
    chased_by_name    varchar(100) not null,
    chased_on         date         not null,
    chased_at         datetime(6)  not null,
    constraint uk_park_chase_day unique (park_id, chased_on),
    constraint fk_park_chase_park foreign key (park_id) references park (id),
    constraint fk_park_chase_jurisdiction foreign key (jurisdiction_id) references jurisdiction (id)
) ${table_options};

create index ix_park_chase_park_year on park_chase (park_id, report_year);
