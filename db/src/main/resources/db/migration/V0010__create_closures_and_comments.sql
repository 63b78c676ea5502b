-- How an episode ended, where the family can find help later, and the family's own comments.

create table closure (
  episode_id              binary(16)   not null,
  closed_on               date         not null,
  reason                  varchar(30)  not null,
  summary                 text         not null,
  family_feedback         text,
  child_feedback          text,
  -- Set when the family was stepped up to children's social care.
  social_care_reference   varchar(60),
  recorded_by             binary(16)   not null,
  version                 int          not null default 0,
  primary key (episode_id),
  constraint closure_episode_fk foreign key (episode_id) references episode (id),
  constraint closure_recorded_by_fk foreign key (recorded_by) references practitioner (id),
  constraint closure_reason_ck check (reason in ('NEEDS_MET', 'SINGLE_AGENCY', 'UNIVERSAL_SERVICES', 'STEPPED_UP',
                                                 'CONSENT_WITHDRAWN', 'MOVED_AWAY'))
);

create table closure_signpost (
  episode_id  binary(16)   not null,
  position    int          not null,
  text        varchar(500) not null,
  primary key (episode_id, position),
  constraint closure_signpost_closure_fk foreign key (episode_id) references closure (episode_id)
);

create table family_comment (
  id          binary(16)  not null,
  episode_id  binary(16)  not null,
  author_id   binary(16)  not null,
  written_at  datetime(6) not null,
  text        text        not null,
  primary key (id),
  constraint family_comment_episode_fk foreign key (episode_id) references episode (id),
  constraint family_comment_author_fk foreign key (author_id) references person (id)
);
