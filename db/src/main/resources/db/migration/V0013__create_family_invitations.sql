-- Invitations for family members (a parent or carer, or a young person) to set up their own sign-in account.
-- The lead practitioner gives the code to the family member; only a hash of it is kept here.

create table family_invitation (
  id           binary(16)  not null,
  person_id    binary(16)  not null,
  episode_id   binary(16)  not null,
  -- SHA-256 of the code (without its dashes), in lower-case hex; never the code itself.
  code_hash    char(64)    not null,
  created_by   binary(16)  not null,
  created_at   datetime(6) not null,
  expires_at   datetime(6) not null,
  -- Set once, when the family member used the code to create their account.
  accepted_at  datetime(6),
  -- Set when a newer invitation for the same person replaced this one.
  revoked_at   datetime(6),
  version      int         not null default 0,
  primary key (id),
  constraint family_invitation_code_hash_uk unique (code_hash),
  constraint family_invitation_person_fk foreign key (person_id) references person (id),
  constraint family_invitation_episode_fk foreign key (episode_id) references episode (id),
  constraint family_invitation_created_by_fk foreign key (created_by) references practitioner (id),
  constraint family_invitation_expires_after_created_ck check (expires_at > created_at),
  constraint family_invitation_accepted_or_revoked_ck check (accepted_at is null or revoked_at is null)
);

create index family_invitation_person_ix on family_invitation (person_id, created_at);
create index family_invitation_episode_ix on family_invitation (episode_id, created_at);
