-- Sign-in accounts for people: a practitioner or a family member, never both.

create table user_account (
  id                    binary(16)   not null,
  username              varchar(100) not null,
  -- A self-describing adaptive hash ({bcrypt}..., {argon2}...); never the password.
  password_hash         varchar(200) not null,
  practitioner_id       binary(16),
  person_id             binary(16),
  enabled               boolean      not null default true,
  failed_sign_ins       int          not null default 0,
  locked_until          datetime(6),
  last_signed_in_at     datetime(6),
  version               int          not null default 0,
  primary key (id),
  constraint user_account_username_uk unique (username),
  constraint user_account_practitioner_uk unique (practitioner_id),
  constraint user_account_person_uk unique (person_id),
  constraint user_account_practitioner_fk foreign key (practitioner_id) references practitioner (id),
  constraint user_account_person_fk foreign key (person_id) references person (id),
  constraint user_account_one_subject_ck check ((practitioner_id is null) <> (person_id is null))
);

-- Partner systems (school MIS, health, housing) calling the API with OAuth2 client credentials.
create table partner_client (
  id            binary(16)   not null,
  client_id     varchar(100) not null,
  secret_hash   varchar(200) not null,
  agency_id     binary(16)   not null,
  -- Space-separated OAuth2 scopes, e.g. "plans:read actions:write".
  scopes        varchar(200) not null,
  enabled       boolean      not null default true,
  version       int          not null default 0,
  primary key (id),
  constraint partner_client_client_id_uk unique (client_id),
  constraint partner_client_agency_fk foreign key (agency_id) references agency (id)
);
