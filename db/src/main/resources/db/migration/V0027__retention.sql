-- Retention (UK GDPR: kept no longer than needed). A family's records are kept for a number of years after its last
-- episode closed, then anonymised: names, dates of birth, addresses, contact details and every free text about people
-- are removed or replaced, while what reporting needs stays (episode dates and statuses, need areas, outcome
-- statuses, closure reasons, levels of need). A legal hold keeps a family's records whatever their age.

-- How many years after the family's last episode closed its records are kept. Policy data, like the timescales.
alter table policy add column retention_years int not null default 6;
alter table policy add constraint policy_positive_retention_ck check (retention_years > 0);

-- A legal hold (a claim, an inquiry, a subject access request in progress): why, who set it and when; all three null
-- when the family is not held. While held, the family is never anonymised.
alter table family add column legal_hold_reason varchar(1000);
alter table family add column legal_hold_set_by binary(16);
alter table family add column legal_hold_set_at datetime(6);
alter table family add constraint family_legal_hold_set_by_fk foreign key (legal_hold_set_by) references practitioner (id);
alter table family add constraint family_legal_hold_whole_ck check ((legal_hold_reason is null) = (legal_hold_set_by is null)
                                                                    and (legal_hold_reason is null) = (legal_hold_set_at is null));
-- When the family's records were anonymised; null while they are kept. A family is anonymised once.
alter table family add column anonymised_at datetime(6);

-- Each run of the retention job: when, the day before which a last closure makes a family due, what it did and what it
-- left and why, and which instance ran it. Counts only: no family is named here.
create table retention_run (
  id                    binary(16)   not null,
  started_at            datetime(6)  not null,
  finished_at           datetime(6)  not null,
  -- Families whose last episode closed before this day were due (today less the years kept).
  cut_off               date         not null,
  retention_years       int          not null,
  anonymised            int          not null,
  -- Due by an old closure, but with an episode open again: kept.
  skipped_open_episode  int          not null,
  -- Due, but under a legal hold: kept.
  skipped_legal_hold    int          not null,
  -- Due when listed, but no longer when locked (another run anonymised it first, a hold or a new episode since).
  skipped_changed       int          not null,
  -- Due, but anonymising it failed (logged; tried again on the next run).
  failed                int          not null,
  -- The host and process that ran it.
  instance              varchar(255) not null,
  primary key (id)
);

create index retention_run_started_ix on retention_run (started_at, id);

-- ShedLock's lock table (its documented MySQL DDL): only one instance runs a scheduled job at a time.
create table shedlock (
  name        varchar(64)  not null,
  lock_until  timestamp(3) not null,
  locked_at   timestamp(3) not null default current_timestamp(3),
  locked_by   varchar(255) not null,
  primary key (name)
);
