-- A meeting can be called off (by the team, or because the episode closed); it is kept, with when and why.
alter table meeting add column cancelled_at datetime(6);
alter table meeting add column cancellation_reason varchar(500);
