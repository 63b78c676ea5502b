-- The write side: what each write changed, the requests already answered (so a replay changes nothing), and who must
-- be told of what (an outbox: rows written in the write's own transaction, delivered later).

-- A write's audit event names the record it changed, the version that write made, and each changed field's value
-- before and after (JSON). Conflicts are found here: the fields changed on a record since the version a client saw.
alter table audit_event add column subject_type varchar(40);
alter table audit_event add column subject_id binary(16);
alter table audit_event add column subject_version int;
alter table audit_event add column changes text;

create index audit_event_subject_ix on audit_event (subject_id, subject_version);

-- Every mutation a client sent with a request id (a create's id is its request id), answered once. A replay with the
-- same id, caller, operation and input gets the first answer again; with different input it is refused.
create table client_request (
  request_id   binary(16)   not null,
  -- Who sent it: the actor kind and id, or the partner's client id.
  actor        varchar(120) not null,
  operation    varchar(60)  not null,
  -- SHA-256 of the input as received.
  input_hash   varbinary(32) not null,
  -- The record the first answer returned.
  subject_id   binary(16),
  answered_at  datetime(6)  not null,
  primary key (request_id)
);

-- Who must be told: one row per recipient, written with the event it tells of.
create table notification (
  id                 binary(16)   not null,
  practitioner_id    binary(16),
  person_id          binary(16),
  episode_id         binary(16)   not null,
  kind               varchar(40)  not null,
  message            varchar(500) not null,
  created_at         datetime(6)  not null,
  read_at            datetime(6),
  primary key (id),
  constraint notification_practitioner_fk foreign key (practitioner_id) references practitioner (id),
  constraint notification_person_fk foreign key (person_id) references person (id),
  constraint notification_episode_fk foreign key (episode_id) references episode (id),
  constraint notification_recipient_ck check ((practitioner_id is null) <> (person_id is null))
);

create index notification_practitioner_ix on notification (practitioner_id, read_at, created_at);
create index notification_person_ix on notification (person_id, read_at, created_at);
