-- Reminders of what falls due, and delivering the notification outbox by e-mail or text message.

-- How many days ahead of its day something due is reminded of (an action, a meeting, a review, an assessment).
-- Policy data, like the timescales; two days by default.
alter table policy add column reminder_lead_days int not null default 2;
alter table policy add constraint policy_reminder_lead_days_ck check (reminder_lead_days >= 0 and reminder_lead_days <= 60);

-- Whether a family member agreed to be contacted by Hearth itself (e-mail or text reminders, at the e-mail address or
-- phone number on their record). Nothing said so before: no one is contacted until the team records that they agreed.
alter table person add column agreed_to_be_contacted boolean not null default false;
-- A family member or a practitioner can switch reminders off for themselves: no reminder is queued for them then
-- (other notifications are not reminders and still reach a practitioner).
alter table person add column reminders_off boolean not null default false;
alter table practitioner add column reminders_off boolean not null default false;

-- A reminder is queued once per thing, due day, recipient and kind, whatever the number of instances or runs:
-- '<kind>/<thing id>/<due day>/<recipient id>'; null for notifications that are not reminders.
alter table notification add column reminder_key varchar(120);
alter table notification add constraint notification_reminder_key_uk unique (reminder_key);

-- Delivery by the configured channel. A notification waits for delivery while next_attempt_at is set and it is neither
-- delivered nor failed; each failed attempt is counted and the next one put off (backoff); after the last attempt it
-- is failed (the dead letter), with the last error (never the message or the recipient's address). Notifications
-- written before this migration are left undelivered (next_attempt_at null): only the app shows them.
alter table notification add column next_attempt_at datetime(6);
alter table notification add column attempts int not null default 0;
alter table notification add column delivered_at datetime(6);
alter table notification add column delivered_by varchar(10);
alter table notification add column failed_at datetime(6);
alter table notification add column last_error varchar(500);
alter table notification add constraint notification_delivered_or_failed_ck check (delivered_at is null or failed_at is null);
create index notification_next_attempt_ix on notification (next_attempt_at);
create index notification_failed_ix on notification (failed_at);
