-- The indicator catalogue as versioned data: a standard version (HJ 274-2015 now; a provincial standard or the
-- 2025 draft later) owns its categories, footnotes, indicators and selection groups. Code reads rule kinds and
-- formula keys from here; a new version is a new migration or an administrator's insert, not a code change.

create table eval_standard_version (
    id                  bigint        not null auto_increment primary key,
    version             bigint        not null,
    code                varchar(50)   not null,
    name_zh             varchar(200)  not null,
    name_en             varchar(300)  not null,
    active              boolean       not null,
    min_optional        int           not null,
    constraint uk_eval_standard_version_code unique (code)
) ${table_options};

-- HJ 274-2015: 经济发展, 产业共生 ...; the 2025 draft: 降碳减污, 发展质效, 创新驱动, 生态引领
create table eval_indicator_category (
    id                  bigint        not null auto_increment primary key,
    version             bigint        not null,
    standard_id         bigint        not null,
    code                varchar(50)   not null,
    name_zh             varchar(100)  not null,
    name_en             varchar(200)  not null,
    sort_order          int           not null,
    constraint uk_eval_indicator_category unique (standard_id, code),
    constraint fk_eval_category_standard foreign key (standard_id) references eval_standard_version (id)
) ${table_options};

-- Footnote marks of the indicator table (a, b); industry_override marks the footnote that lets one dominant
-- industry's clean-production level-1 value replace the threshold.
create table eval_footnote (
    id                  bigint        not null auto_increment primary key,
    version             bigint        not null,
    standard_id         bigint        not null,
    mark                varchar(5)    not null,
    text_zh             varchar(2000) not null,
    text_en             varchar(2000) not null,
    industry_override   boolean       not null,
    constraint uk_eval_footnote unique (standard_id, mark),
    constraint fk_eval_footnote_standard foreign key (standard_id) references eval_standard_version (id)
) ${table_options};

-- Statistics that parks enter per year; indicators name the ones they are computed from.
create table eval_statistic (
    id                  bigint        not null auto_increment primary key,
    version             bigint        not null,
    statistic_key       varchar(50)   not null,
    name_zh             varchar(100)  not null,
    name_en             varchar(200)  not null,
    unit_zh             varchar(30)   not null,
    unit_en             varchar(50)   not null,
    sort_order          int           not null,
    constraint uk_eval_statistic_key unique (statistic_key)
) ${table_options};

-- selection: MANDATORY (必选) or OPTIONAL (可选; the 2025 draft's 特色).
-- rule_kind: MIN, MAX, EQUALS, MIN_COUNT, MAX_COUNT, STATE, ELASTICITY, MIN_BY_REGION.
-- formula_key: ENTERED, RATIO, THREE_YEAR_GROWTH, ANNUAL_REDUCTION, ELASTICITY.
-- factor scales numerator/denominator into the indicator's unit (100 for %, 0.0001 for 万元 -> 亿元).
create table eval_indicator (
    id                  bigint        not null auto_increment primary key,
    version             bigint        not null,
    standard_id         bigint        not null,
    category_id         bigint        not null,
    code                varchar(10)   not null,
    sort_order          int           not null,
    name_zh             varchar(200)  not null,
    name_en             varchar(300)  not null,
    unit_zh             varchar(30)   not null,
    unit_en             varchar(50)   not null,
    requirement_zh      varchar(300)  not null,
    requirement_en      varchar(300)  not null,
    selection           varchar(20)   not null,
    footnote_marks      varchar(10),
    rule_kind           varchar(30)   not null,
    threshold           decimal(20,6),
    formula_key         varchar(30)   not null,
    formula_zh          varchar(300),
    formula_en          varchar(300),
    factor              decimal(20,10) not null,
    display_scale       int           not null,
    constraint uk_eval_indicator unique (standard_id, code),
    constraint fk_eval_indicator_standard foreign key (standard_id) references eval_standard_version (id),
    constraint fk_eval_indicator_category foreign key (category_id) references eval_indicator_category (id)
) ${table_options};

-- role: NUMERATOR or DENOMINATOR; several numerators (main pollutants) are assessed one by one.
create table eval_indicator_statistic (
    indicator_id        bigint        not null,
    role                varchar(20)   not null,
    statistic_key       varchar(50)   not null,
    sort_order          int           not null,
    constraint pk_eval_indicator_statistic primary key (indicator_id, role, statistic_key),
    constraint fk_eval_indicator_statistic_indicator foreign key (indicator_id) references eval_indicator (id),
    constraint fk_eval_indicator_statistic_key foreign key (statistic_key) references eval_statistic (statistic_key)
) ${table_options};

-- Indicator 16: threshold by the park's water region (park.water_region).
create table eval_regional_threshold (
    indicator_id        bigint        not null,
    region              varchar(30)   not null,
    threshold           decimal(20,6) not null,
    constraint pk_eval_regional_threshold primary key (indicator_id, region),
    constraint fk_eval_regional_threshold_indicator foreign key (indicator_id) references eval_indicator (id)
) ${table_options};

-- "At least min_selected of these indicators": none in HJ 274-2015, the shape of the 2025 draft's 特色 groups.
create table eval_selection_group (
    id                  bigint        not null auto_increment primary key,
    version             bigint        not null,
    standard_id         bigint        not null,
    code                varchar(50)   not null,
    name_zh             varchar(200)  not null,
    name_en             varchar(300)  not null,
    min_selected        int           not null,
    constraint uk_eval_selection_group unique (standard_id, code),
    constraint fk_eval_selection_group_standard foreign key (standard_id) references eval_standard_version (id)
) ${table_options};

create table eval_selection_group_member (
    group_id            bigint        not null,
    indicator_id        bigint        not null,
    constraint pk_eval_selection_group_member primary key (group_id, indicator_id),
    constraint fk_eval_group_member_group foreign key (group_id) references eval_selection_group (id),
    constraint fk_eval_group_member_indicator foreign key (indicator_id) references eval_indicator (id)
) ${table_options};
