-- Parks, the bureaus that cover them, and login accounts.
-- ${table_options} is empty on H2 and sets InnoDB/utf8mb4 on MySQL and MariaDB.

create table jurisdiction (
    id          bigint       not null auto_increment primary key,
    version     bigint       not null,
    name        varchar(100) not null,
    province    varchar(30)  not null,
    constraint uk_jurisdiction_name unique (name)
) ${table_options};

create table park (
    id                     bigint       not null auto_increment primary key,
    version                bigint       not null,
    name                   varchar(200) not null,
    jurisdiction_id        bigint       not null,
    province               varchar(30)  not null,
    city                   varchar(50)  not null,
    street_address         varchar(300) not null,
    postcode               varchar(6),
    level                  varchar(20)  not null,
    park_type              varchar(50)  not null,
    type_note              varchar(100),
    phone                  varchar(30),
    email                  varchar(100),
    status                 varchar(20)  not null,
    construction_base_year int          not null,
    water_region           varchar(30)  not null,
    constraint uk_park_name unique (name),
    constraint fk_park_jurisdiction foreign key (jurisdiction_id) references jurisdiction (id)
) ${table_options};

create table app_user (
    id                   bigint       not null auto_increment primary key,
    version              bigint       not null,
    username             varchar(50)  not null,
    password_hash        varchar(100) not null,
    display_name         varchar(100) not null,
    email                varchar(100),
    role                 varchar(20)  not null,
    park_id              bigint,
    jurisdiction_id      bigint,
    enabled              boolean      not null,
    failed_logins        int          not null,
    locked_until         datetime(6),
    must_change_password boolean      not null,
    last_login_at        datetime(6),
    constraint uk_app_user_username unique (username),
    constraint fk_app_user_park foreign key (park_id) references park (id),
    constraint fk_app_user_jurisdiction foreign key (jurisdiction_id) references jurisdiction (id)
) ${table_options};
