-- Yearly statistics of a park (facts shared by consecutive reports) and the indicator sheet of each report:
-- which standard version it was made with, which optional indicators it assesses, and what staff entered.

create table eval_yearly_statistic (
    id                  bigint        not null auto_increment primary key,
    version             bigint        not null,
    park_id             bigint        not null,
    stat_year           int           not null,
    statistic_key       varchar(50)   not null,
    stat_value          decimal(24,6) not null,
    updated_at          datetime(6)   not null,
    updated_by          varchar(100)  not null,
    constraint uk_eval_yearly_statistic unique (park_id, stat_year, statistic_key),
    constraint fk_eval_yearly_statistic_park foreign key (park_id) references park (id),
    constraint fk_eval_yearly_statistic_key foreign key (statistic_key) references eval_statistic (statistic_key)
) ${table_options};

create table eval_indicator_sheet (
    id                      bigint        not null auto_increment primary key,
    version                 bigint        not null,
    report_id               bigint        not null,
    park_id                 bigint        not null,
    report_year             int           not null,
    standard_id             bigint        not null,
    selection_change_reason varchar(2000),
    updated_at              datetime(6)   not null,
    updated_by              varchar(100)  not null,
    constraint uk_eval_indicator_sheet_report unique (report_id),
    constraint fk_eval_indicator_sheet_report foreign key (report_id) references annual_report (id),
    constraint fk_eval_indicator_sheet_park foreign key (park_id) references park (id),
    constraint fk_eval_indicator_sheet_standard foreign key (standard_id) references eval_standard_version (id)
) ${table_options};

create index ix_eval_indicator_sheet_park_year on eval_indicator_sheet (park_id, report_year);

-- One row per indicator of the sheet's standard version. entered_value holds numbers and counts, entered_state
-- the yes/no states (达标, 全部完成, 具备); override_* is footnote a's replacement threshold with its reason.
create table eval_sheet_entry (
    id                  bigint        not null auto_increment primary key,
    version             bigint        not null,
    sheet_id            bigint        not null,
    indicator_id        bigint        not null,
    selected            boolean       not null,
    entered_value       decimal(24,6),
    entered_state       boolean,
    override_threshold  decimal(20,6),
    override_industry   varchar(100),
    override_reason     varchar(1000),
    constraint uk_eval_sheet_entry unique (sheet_id, indicator_id),
    constraint fk_eval_sheet_entry_sheet foreign key (sheet_id) references eval_indicator_sheet (id),
    constraint fk_eval_sheet_entry_indicator foreign key (indicator_id) references eval_indicator (id)
) ${table_options};
