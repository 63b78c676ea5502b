-- The plan: SMART outcomes, each with actions owned by a team member.

create table outcome (
  id               binary(16)   not null,
  episode_id       binary(16)   not null,
  -- Null means the outcome is for the whole family.
  for_person_id    binary(16),
  need_area_code   varchar(40)  not null,
  description      text         not null,
  measure          text         not null,
  target_date      date         not null,
  status           varchar(20)  not null default 'OPEN',
  created_at       datetime(6)  not null,
  version          int          not null default 0,
  primary key (id),
  constraint outcome_episode_fk foreign key (episode_id) references episode (id),
  constraint outcome_person_fk foreign key (for_person_id) references person (id),
  constraint outcome_need_area_fk foreign key (need_area_code) references need_area (code),
  constraint outcome_status_ck check (status in ('OPEN', 'ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED', 'NO_LONGER_NEEDED'))
);

create table plan_action (
  id               binary(16)   not null,
  outcome_id       binary(16)   not null,
  description      text         not null,
  owner_member_id  binary(16)   not null,
  due_date         date         not null,
  status           varchar(20)  not null default 'NOT_STARTED',
  completed_on     date,
  created_at       datetime(6)  not null,
  version          int          not null default 0,
  primary key (id),
  constraint plan_action_outcome_fk foreign key (outcome_id) references outcome (id),
  constraint plan_action_owner_fk foreign key (owner_member_id) references team_member (id),
  constraint plan_action_status_ck check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
  constraint plan_action_completed_when_done_ck check ((status = 'DONE') = (completed_on is not null))
);

create index plan_action_due_ix on plan_action (status, due_date);
