-- The lead's side can bring the next review forward (a worry that will not wait for the usual cadence): the earlier
-- day stands until a review is recorded after it. Kept, with who brought it forward, when and why.
create table review_brought_forward (
  id            binary(16)   not null,
  episode_id    binary(16)   not null,
  due_on        date         not null,
  reason        text         not null,
  brought_by    binary(16)   not null,
  brought_at    datetime(6)  not null,
  primary key (id),
  constraint review_brought_forward_episode_fk foreign key (episode_id) references episode (id),
  constraint review_brought_forward_by_fk foreign key (brought_by) references practitioner (id)
);
create index review_brought_forward_episode_ix on review_brought_forward (episode_id, brought_at);
