-- A family (household) and the people in it. Children, parents and carers, other adults, extended family.

create table family (
  id                   binary(16)   not null,
  -- Human-readable reference, e.g. EH-2026-000123.
  reference            varchar(20)  not null,
  address_line1        varchar(200),
  address_line2        varchar(200),
  address_town         varchar(100),
  address_postcode     varchar(10),
  primary_language     varchar(60),
  interpreter_required boolean      not null default false,
  created_at           datetime(6)  not null,
  version              int          not null default 0,
  primary key (id),
  constraint family_reference_uk unique (reference)
);

create table person (
  id                          binary(16)   not null,
  family_id                   binary(16)   not null,
  given_name                  varchar(100) not null,
  family_name                 varchar(100) not null,
  -- Null for an unborn child, who has an expected date of birth instead.
  date_of_birth               date,
  expected_date_of_birth      date,
  role                        varchar(20)  not null,
  lives_in_household          boolean      not null,
  has_parental_responsibility boolean      not null,
  phone                       varchar(40),
  email                       varchar(254),
  version                     int          not null default 0,
  primary key (id),
  constraint person_family_fk foreign key (family_id) references family (id),
  constraint person_role_ck check (role in ('CHILD', 'PARENT_CARER', 'OTHER_ADULT', 'EXTENDED_FAMILY')),
  constraint person_one_birth_date_ck check (date_of_birth is null or expected_date_of_birth is null),
  constraint person_unborn_is_child_ck check (expected_date_of_birth is null or role = 'CHILD')
);

create index person_name_dob_ix on person (family_name, given_name, date_of_birth);
