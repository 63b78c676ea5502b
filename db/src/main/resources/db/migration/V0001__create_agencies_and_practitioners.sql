-- Agencies (the council's Early Help service, schools, health, housing, ...) and the practitioners who work for them.

create table agency (
  id         binary(16)   not null,
  name       varchar(200) not null,
  kind       varchar(40)  not null,
  email      varchar(254),
  phone      varchar(40),
  version    int          not null default 0,
  primary key (id),
  constraint agency_name_uk unique (name),
  constraint agency_kind_ck check (kind in ('LOCAL_AUTHORITY_EARLY_HELP', 'SCHOOL', 'HEALTH', 'HOUSING', 'POLICE',
                                            'VOLUNTARY', 'SOCIAL_CARE', 'OTHER'))
);

create table practitioner (
  id          binary(16)   not null,
  agency_id   binary(16)   not null,
  name        varchar(200) not null,
  job_title   varchar(200),
  email       varchar(254),
  phone       varchar(40),
  -- The line manager who oversees this practitioner's caseload.
  manager_id  binary(16),
  version     int          not null default 0,
  primary key (id),
  constraint practitioner_agency_fk foreign key (agency_id) references agency (id),
  constraint practitioner_manager_fk foreign key (manager_id) references practitioner (id),
  constraint practitioner_not_own_manager_ck check (manager_id is null or manager_id <> id)
);

create table practitioner_role (
  practitioner_id binary(16)  not null,
  role            varchar(30) not null,
  primary key (practitioner_id, role),
  constraint practitioner_role_practitioner_fk foreign key (practitioner_id) references practitioner (id),
  constraint practitioner_role_ck check (role in ('PRACTITIONER', 'MANAGER', 'EARLY_HELP_TEAM'))
);
