-- The annual notice (年度通知) the national office issues for a report year: 文号, title, date, the parks' deadline
-- (to the province) and the provinces' deadline (to the national office), the extra deliverables and narrative topics
-- it demands. One notice per report year. `revision` counts the issue and every edit, so a submission records which
-- state of the notice it was checked against.
create table annual_notice (
    id                  bigint       not null auto_increment primary key,
    version             bigint       not null,
    report_year         int          not null,
    document_number     varchar(100) not null,
    title               varchar(300) not null,
    issued_on           date         not null,
    parks_deadline      date         not null,
    provinces_deadline  date         not null,
    revision            int          not null,
    updated_by          varchar(100) not null,
    updated_at          datetime(6)  not null,
    constraint uq_annual_notice_year unique (report_year)
) ${table_options};

create table notice_deliverable (
    id          bigint       not null auto_increment primary key,
    version     bigint       not null,
    notice_id   bigint       not null,
    position    int          not null,
    name_zh     varchar(200) not null,
    name_en     varchar(200) not null,
    file_kinds  varchar(100) not null,
    required    boolean      not null,
    constraint fk_notice_deliverable_notice foreign key (notice_id) references annual_notice (id)
) ${table_options};

create index ix_notice_deliverable_notice on notice_deliverable (notice_id);

create table notice_topic (
    id          bigint        not null auto_increment primary key,
    version     bigint        not null,
    notice_id   bigint        not null,
    position    int           not null,
    title       varchar(200)  not null,
    prompt      varchar(2000) not null,
    min_length  int           not null,
    constraint fk_notice_topic_notice foreign key (notice_id) references annual_notice (id)
) ${table_options};

create index ix_notice_topic_notice on notice_topic (notice_id);

-- The programme's name and the disclosure form's title per range of report years: the programme was renamed when it
-- came under 《生态文明建设示范区（生态工业园区）管理办法》 (环科财〔2026〕4号) in January 2026.
create table programme_name (
    id              bigint       not null auto_increment primary key,
    version         bigint       not null,
    from_year       int          not null,
    to_year         int,
    name_zh         varchar(200) not null,
    name_en         varchar(200) not null,
    form_title_zh   varchar(300) not null,
    form_title_en   varchar(300) not null,
    constraint uq_programme_name_from unique (from_year)
) ${table_options};

insert into programme_name (version, from_year, to_year, name_zh, name_en, form_title_zh, form_title_en)
values (0, 1900, 2025, '国家生态工业示范园区', 'National Eco-Industrial Demonstration Park',
        '国家生态工业示范园区建设年度评价报告信息公开表',
        'Annual evaluation report of a national eco-industrial demonstration park: disclosure form');
insert into programme_name (version, from_year, to_year, name_zh, name_en, form_title_zh, form_title_en)
values (0, 2026, null, '生态文明建设示范区（生态工业园区）',
        'Ecological Civilisation Demonstration Zone (Eco-Industrial Park)',
        '生态文明建设示范区（生态工业园区）建设年度评价报告信息公开表',
        'Annual evaluation report of an ecological civilisation demonstration zone (eco-industrial park): disclosure form');

-- A report's answer to each narrative topic of its year's notice, saved with the draft.
create table report_topic_answer (
    report_id   bigint   not null,
    topic_id    bigint   not null,
    answer      longtext,
    primary key (report_id, topic_id),
    constraint fk_report_topic_answer_report foreign key (report_id) references annual_report (id)
) ${table_options};

-- An attachment may be marked as one of the notice's deliverables. No foreign key: a submitted revision keeps the
-- mark even if the national office later drops the deliverable from the notice.
alter table report_attachment add column deliverable_id bigint;
