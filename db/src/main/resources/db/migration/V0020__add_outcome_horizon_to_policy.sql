-- How far ahead an outcome's target date may be set: a plan's outcomes are meant to be reached within the episode,
-- so a target beyond the horizon is not realistic. Policy data, like the timescales; one year by default.
alter table policy add column outcome_horizon_days int not null default 365;
alter table policy add constraint policy_positive_horizon_ck check (outcome_horizon_days > 0);
