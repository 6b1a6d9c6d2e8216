-- Who may sign in: one row per person, found by the email they type (kept lower-case).
create table account (
    id              bigserial primary key,
    email           text        not null unique check (email = lower(email) and length(email) between 3 and 254),
    -- the DelegatingPasswordEncoder's form: {bcrypt}$2a$10$... (the prefix names the algorithm)
    password_hash   text        not null,
    roles           text[]      not null check (roles <@ array['CLIENT', 'PROVIDER', 'ADMIN']::text[]),
    provider_id     bigint      check (provider_id is null or provider_id > 0),
    failed_attempts integer     not null default 0 check (failed_attempts >= 0),
    locked_until    timestamptz,
    created_at      timestamptz not null default now(),
    -- a provider acts for exactly one provider id
    check (('PROVIDER' = any (roles)) = (provider_id is not null))
);

-- The RS256 key that signs tokens, made at the first start (the newest signs and is published in the JWKS).
create table signing_key (
    kid         text        primary key,
    private_key text        not null, -- PKCS#8, base64
    public_key  text        not null, -- X.509 SubjectPublicKeyInfo, base64
    created_at  timestamptz not null default now()
);

-- Spring Authorization Server's JDBC tables, as its schema files give them, with PostgreSQL's text for
-- blob and timestamptz for timestamp (as those files ask).
create table oauth2_registered_client (
    id                            varchar(100)  not null,
    client_id                     varchar(100)  not null,
    client_id_issued_at           timestamptz     default current_timestamp not null,
    client_secret                 varchar(200)  default null,
    client_secret_expires_at      timestamptz     default null,
    client_name                   varchar(200)  not null,
    client_authentication_methods varchar(1000) not null,
    authorization_grant_types     varchar(1000) not null,
    redirect_uris                 varchar(1000) default null,
    post_logout_redirect_uris     varchar(1000) default null,
    scopes                        varchar(1000) not null,
    client_settings               varchar(2000) not null,
    token_settings                varchar(2000) not null,
    primary key (id)
);
create unique index oauth2_registered_client_client_id on oauth2_registered_client (client_id);

create table oauth2_authorization (
    id                            varchar(100)  not null,
    registered_client_id          varchar(100)  not null,
    principal_name                varchar(200)  not null,
    authorization_grant_type      varchar(100)  not null,
    authorized_scopes             varchar(1000) default null,
    attributes                    text          default null,
    state                         varchar(500)  default null,
    authorization_code_value      text          default null,
    authorization_code_issued_at  timestamptz     default null,
    authorization_code_expires_at timestamptz     default null,
    authorization_code_metadata   text          default null,
    access_token_value            text          default null,
    access_token_issued_at        timestamptz     default null,
    access_token_expires_at       timestamptz     default null,
    access_token_metadata         text          default null,
    access_token_type             varchar(100)  default null,
    access_token_scopes           varchar(1000) default null,
    oidc_id_token_value           text          default null,
    oidc_id_token_issued_at       timestamptz     default null,
    oidc_id_token_expires_at      timestamptz     default null,
    oidc_id_token_metadata        text          default null,
    refresh_token_value           text          default null,
    refresh_token_issued_at       timestamptz     default null,
    refresh_token_expires_at      timestamptz     default null,
    refresh_token_metadata        text          default null,
    user_code_value               text          default null,
    user_code_issued_at           timestamptz     default null,
    user_code_expires_at          timestamptz     default null,
    user_code_metadata            text          default null,
    device_code_value             text          default null,
    device_code_issued_at         timestamptz     default null,
    device_code_expires_at        timestamptz     default null,
    device_code_metadata          text          default null,
    primary key (id)
);

create table oauth2_authorization_consent (
    registered_client_id varchar(100)  not null,
    principal_name       varchar(200)  not null,
    authorities          varchar(1000) not null,
    primary key (registered_client_id, principal_name)
);
