-- Each jurisdiction's signing credential (its PKCS#12 keystore) for the digital signature of the packages it sends,
-- in the database so that every application node signs with the same key. The keystore stays as uploaded (its key
-- encrypted under its own password); the password is sealed with AES-GCM under the setting ecopark.signing.secret
-- (docs/operations.md), never stored in clear.
-- A replaced credential keeps its row without keystore and password: its certificate still names the jurisdiction
-- when someone verifies a package signed before the replacement. current_for holds the jurisdiction's id while the
-- row is current and null after, so a unique key allows one current credential per jurisdiction (several nulls).
create table signing_credential (
    id               bigint        not null auto_increment primary key,
    version          bigint        not null,
    jurisdiction_id  bigint        not null,
    current_for      bigint,
    keystore         longblob,
    sealed_password  varchar(400),
    certificate      longblob      not null,
    subject          varchar(1000) not null,
    issuer           varchar(1000) not null,
    serial_number    varchar(100)  not null,
    fingerprint      varchar(64)   not null,
    not_before       datetime(6)   not null,
    not_after        datetime(6)   not null,
    test_certificate boolean       not null,
    installed_at     datetime(6)   not null,
    installed_by     varchar(100)  not null,
    replaced_at      datetime(6),
    constraint uk_signing_credential_current unique (current_for),
    constraint fk_signing_credential_jurisdiction foreign key (jurisdiction_id) references jurisdiction (id)
) ${table_options};

create index ix_signing_credential_fingerprint on signing_credential (fingerprint);
create index ix_signing_credential_jurisdiction on signing_credential (jurisdiction_id);
