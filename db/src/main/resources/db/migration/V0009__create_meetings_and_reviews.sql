-- TAF meetings (the initial one and reviews) and the reviews' decisions.

create table meeting (
  id               binary(16)   not null,
  episode_id       binary(16)   not null,
  kind             varchar(20)  not null,
  scheduled_for    datetime(6)  not null,
  held_on          date,
  family_attended  boolean,
  notes            text,
  version          int          not null default 0,
  primary key (id),
  constraint meeting_episode_fk foreign key (episode_id) references episode (id),
  constraint meeting_kind_ck check (kind in ('INITIAL_TAF', 'REVIEW')),
  constraint meeting_held_has_family_attendance_ck check (held_on is null or family_attended is not null)
);

create table meeting_attendance (
  meeting_id      binary(16)  not null,
  team_member_id  binary(16)  not null,
  attendance      varchar(20) not null,
  primary key (meeting_id, team_member_id),
  constraint meeting_attendance_meeting_fk foreign key (meeting_id) references meeting (id),
  constraint meeting_attendance_member_fk foreign key (team_member_id) references team_member (id),
  constraint meeting_attendance_ck check (attendance in ('ATTENDED', 'APOLOGIES'))
);

create table review (
  id               binary(16)   not null,
  episode_id       binary(16)   not null,
  meeting_id       binary(16),
  held_on          date         not null,
  progress         varchar(20)  not null,
  decision         varchar(30)  not null,
  family_views     text,
  child_views      text,
  next_review_due  date,
  recorded_by      binary(16)   not null,
  created_at       datetime(6)  not null,
  version          int          not null default 0,
  primary key (id),
  constraint review_meeting_uk unique (meeting_id),
  constraint review_episode_fk foreign key (episode_id) references episode (id),
  constraint review_meeting_fk foreign key (meeting_id) references meeting (id),
  constraint review_recorded_by_fk foreign key (recorded_by) references practitioner (id),
  constraint review_progress_ck check (progress in ('POSITIVE_CHANGE', 'NO_CHANGE', 'DETERIORATION')),
  constraint review_decision_ck check (decision in ('CONTINUE', 'AMEND_PLAN', 'CLOSE', 'STEP_UP', 'ESCALATE_TO_PANEL')),
  constraint review_next_due_after_held_ck check (next_review_due is null or next_review_due > held_on)
);

-- Progress recorded against each outcome at a review.
create table review_outcome_progress (
  review_id   binary(16)  not null,
  outcome_id  binary(16)  not null,
  status      varchar(20) not null,
  primary key (review_id, outcome_id),
  constraint review_outcome_progress_review_fk foreign key (review_id) references review (id),
  constraint review_outcome_progress_outcome_fk foreign key (outcome_id) references outcome (id),
  constraint review_outcome_progress_status_ck check (status in ('OPEN', 'ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED',
                                                                 'NO_LONGER_NEEDED'))
);
