-- The assessment: services involved, each person's worries, strengths and wishes, and each child's own voice.

create table assessment (
  id                          binary(16)  not null,
  episode_id                  binary(16)  not null,
  started_on                  date        not null,
  completed_on                date,
  summary                     text,
  -- A step-down brings social care's assessment with it instead of a second one.
  from_social_care            boolean     not null default false,
  version                     int         not null default 0,
  primary key (id),
  constraint assessment_episode_uk unique (episode_id),
  constraint assessment_episode_fk foreign key (episode_id) references episode (id),
  constraint assessment_completed_after_start_ck check (completed_on is null or completed_on >= started_on)
);

create table assessment_service_involved (
  assessment_id  binary(16)   not null,
  position       int          not null,
  name           varchar(200) not null,
  primary key (assessment_id, position),
  constraint assessment_service_involved_assessment_fk foreign key (assessment_id) references assessment (id)
);

create table person_view (
  id             binary(16) not null,
  assessment_id  binary(16) not null,
  person_id      binary(16) not null,
  worries        text,
  strengths      text,
  wishes         text,
  -- Opinion is kept apart from evidence.
  is_opinion     boolean    not null default false,
  version        int        not null default 0,
  primary key (id),
  constraint person_view_person_uk unique (assessment_id, person_id),
  constraint person_view_assessment_fk foreign key (assessment_id) references assessment (id),
  constraint person_view_person_fk foreign key (person_id) references person (id)
);

create table child_voice (
  id             binary(16) not null,
  assessment_id  binary(16) not null,
  child_id       binary(16) not null,
  worries        text,
  good_things    text,
  dreams         text,
  version        int        not null default 0,
  primary key (id),
  constraint child_voice_child_uk unique (assessment_id, child_id),
  constraint child_voice_assessment_fk foreign key (assessment_id) references assessment (id),
  constraint child_voice_child_fk foreign key (child_id) references person (id)
);
