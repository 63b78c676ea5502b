-- An episode of early help for a family, and the consents recorded for it.

create table episode (
  id               binary(16)   not null,
  -- Human-readable reference, e.g. EP-2026-000045.
  reference        varchar(20)  not null,
  family_id        binary(16)   not null,
  -- Equals family_id while the episode is open and is null once closed: its unique key allows one open episode a family.
  open_family_id   binary(16),
  status           varchar(20)  not null,
  level_of_need    varchar(10)  not null,
  source           varchar(40)  not null,
  request_reasons  text         not null,
  opened_on        date         not null,
  -- The earliest date by which something is due (assessment, initial meeting, review or an action); null if nothing is.
  -- Derived from the episode's data and the policy whenever either changes, so caseloads sort and filter in SQL.
  next_due_on      date,
  requested_by     binary(16),
  created_at       datetime(6)  not null,
  version          int          not null default 0,
  primary key (id),
  constraint episode_reference_uk unique (reference),
  constraint episode_one_open_per_family_uk unique (open_family_id),
  constraint episode_family_fk foreign key (family_id) references family (id),
  constraint episode_requested_by_fk foreign key (requested_by) references practitioner (id),
  constraint episode_status_ck check (status in ('REQUESTED', 'ASSESSING', 'PLANNING', 'ACTIVE', 'CLOSED')),
  constraint episode_open_family_ck check ((status = 'CLOSED' and open_family_id is null)
                                           or (status <> 'CLOSED' and open_family_id is not null and open_family_id = family_id)),
  constraint episode_level_ck check (level_of_need in ('LEVEL_2', 'LEVEL_3')),
  constraint episode_source_ck check (source in ('PRACTITIONER_REQUEST', 'HUB_REFERRAL', 'STEP_DOWN_FROM_SOCIAL_CARE'))
);

create index episode_caseload_ix on episode (status, next_due_on);

create table consent (
  id                binary(16)  not null,
  episode_id        binary(16)  not null,
  scope             varchar(10) not null,
  decision          varchar(10) not null,
  given_by          binary(16)  not null,
  recorded_by       binary(16)  not null,
  recorded_at       datetime(6) not null,
  method            varchar(20) not null,
  notes             text,
  version           int         not null default 0,
  primary key (id),
  constraint consent_episode_fk foreign key (episode_id) references episode (id),
  constraint consent_given_by_fk foreign key (given_by) references person (id),
  constraint consent_recorded_by_fk foreign key (recorded_by) references practitioner (id),
  constraint consent_scope_ck check (scope in ('START', 'STORE', 'SHARE')),
  constraint consent_decision_ck check (decision in ('GIVEN', 'REFUSED', 'WITHDRAWN')),
  constraint consent_method_ck check (method in ('SIGNED_ON_DEVICE', 'WRITTEN', 'VERBAL'))
);

-- Agencies a family does not want information shared with (share consent only).
create table consent_excluded_agency (
  consent_id  binary(16) not null,
  agency_id   binary(16) not null,
  primary key (consent_id, agency_id),
  constraint consent_excluded_agency_consent_fk foreign key (consent_id) references consent (id),
  constraint consent_excluded_agency_agency_fk foreign key (agency_id) references agency (id)
);

-- A decision to refer a safeguarding concern to children's social care, which stands whatever the consent says.
create table safeguarding_referral (
  id                      binary(16)   not null,
  family_id               binary(16)   not null,
  episode_id              binary(16),
  decided_by              binary(16)   not null,
  decided_at              datetime(6)  not null,
  reason                  text         not null,
  social_care_reference   varchar(60),
  primary key (id),
  constraint safeguarding_referral_family_fk foreign key (family_id) references family (id),
  constraint safeguarding_referral_episode_fk foreign key (episode_id) references episode (id),
  constraint safeguarding_referral_decided_by_fk foreign key (decided_by) references practitioner (id)
);
