-- The Team Around the Family: practitioners and family members, exactly one lead while the episode is active.

create table team_member (
  id                binary(16)   not null,
  episode_id        binary(16)   not null,
  practitioner_id   binary(16),
  person_id         binary(16),
  role_description  varchar(200),
  is_lead           boolean      not null default false,
  -- Equals episode_id for the lead and is null otherwise: its unique key allows one lead an episode.
  lead_of_episode   binary(16),
  joined_on         date         not null,
  left_on           date,
  version           int          not null default 0,
  primary key (id),
  constraint team_member_one_lead_uk unique (lead_of_episode),
  constraint team_member_episode_fk foreign key (episode_id) references episode (id),
  constraint team_member_practitioner_fk foreign key (practitioner_id) references practitioner (id),
  constraint team_member_person_fk foreign key (person_id) references person (id),
  constraint team_member_one_kind_ck check ((practitioner_id is null) <> (person_id is null)),
  constraint team_member_lead_ck check ((is_lead and lead_of_episode is not null and lead_of_episode = episode_id and left_on is null
                                         and practitioner_id is not null)
                                        or (not is_lead and lead_of_episode is null)),
  constraint team_member_left_after_join_ck check (left_on is null or left_on >= joined_on)
);

create index team_member_practitioner_ix on team_member (practitioner_id, episode_id);

create table handover (
  id               binary(16)  not null,
  episode_id       binary(16)  not null,
  from_member_id   binary(16)  not null,
  to_member_id     binary(16)  not null,
  handed_over_on   date        not null,
  family_consulted boolean     not null,
  notes            text,
  recorded_by      binary(16)  not null,
  primary key (id),
  constraint handover_episode_fk foreign key (episode_id) references episode (id),
  constraint handover_from_fk foreign key (from_member_id) references team_member (id),
  constraint handover_to_fk foreign key (to_member_id) references team_member (id),
  constraint handover_recorded_by_fk foreign key (recorded_by) references practitioner (id),
  constraint handover_to_someone_else_ck check (from_member_id <> to_member_id)
);
