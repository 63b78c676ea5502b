-- The deployment's policy: timescales and review cadence (one row), and the need areas outcomes are set against.

create table policy (
  id                         int not null,
  assessment_due_days        int not null,
  initial_meeting_due_days   int not null,
  first_review_due_days      int not null,
  max_review_interval_days   int not null,
  version                    int not null default 0,
  primary key (id),
  constraint policy_single_row_ck check (id = 1),
  constraint policy_positive_days_ck check (assessment_due_days > 0 and initial_meeting_due_days > 0
                                            and first_review_due_days > 0 and max_review_interval_days > 0)
);

create table need_area (
  code      varchar(40)  not null,
  name      varchar(200) not null,
  position  int          not null,
  active    boolean      not null default true,
  version   int          not null default 0,
  primary key (code),
  constraint need_area_name_uk unique (name)
);

-- Defaults: two weeks to assess, two weeks to the first meeting, first review within four weeks, then at most eight.
insert into policy (id, assessment_due_days, initial_meeting_due_days, first_review_due_days, max_review_interval_days)
values (1, 14, 14, 28, 56);

-- The ten headlines of the national Supporting Families outcome framework.
insert into need_area (code, name, position) values
  ('EDUCATION', 'Getting a good education', 1),
  ('EARLY_YEARS', 'Good early years development', 2),
  ('HEALTH', 'Improved mental and physical health', 3),
  ('SUBSTANCE_USE', 'Promoting recovery and reducing harm from substance use', 4),
  ('FAMILY_RELATIONSHIPS', 'Improved family relationships', 5),
  ('SAFE_FROM_ABUSE', 'Children safe from abuse and exploitation', 6),
  ('CRIME_PREVENTION', 'Crime prevention and tackling crime', 7),
  ('DOMESTIC_ABUSE', 'Safe from domestic abuse', 8),
  ('HOUSING', 'Secure housing', 9),
  ('FINANCIAL_STABILITY', 'Financial stability', 10);
