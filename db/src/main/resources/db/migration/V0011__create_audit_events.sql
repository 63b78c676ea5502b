-- Every read and write of a family's data: who, what, when and through which channel. Rows are only ever inserted.

create table audit_event (
  id            binary(16)   not null,
  occurred_at   datetime(6)  not null,
  actor_kind    varchar(20)  not null,
  -- The practitioner, person or partner client acting; no foreign keys, so the trail outlives anything it names.
  actor_id      binary(16),
  actor_name    varchar(200) not null,
  channel       varchar(20)  not null,
  operation     varchar(100) not null,
  family_id     binary(16),
  episode_id    binary(16),
  detail        varchar(1000),
  primary key (id),
  constraint audit_event_actor_kind_ck check (actor_kind in ('PRACTITIONER', 'FAMILY_MEMBER', 'PARTNER', 'SYSTEM')),
  constraint audit_event_channel_ck check (channel in ('SPA', 'GRAPHQL_SESSION', 'PARTNER_API', 'SYSTEM'))
);

create index audit_event_family_ix on audit_event (family_id, occurred_at);
create index audit_event_episode_ix on audit_event (episode_id, occurred_at);
