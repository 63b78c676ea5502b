-- The benchmark's dataset: {N} families straight into Hearth's schema, in bulk (INSERT ... SELECT over MariaDB's
-- sequence tables, seq_1_to_n). Deterministic: every choice is a hash of the row's number, every id the MD5 of its
-- kind and number; only the dates move, as they are relative to the day it is loaded (as the demo data's are).
-- bench/run fills in {N} (families) and {P} (practitioners: about one per 30 families, at least 40).
--
-- What a family gets: 2 to 6 people (one or two parents or carers, children); a current episode in any status
-- (requested 5 %, assessing 10 %, planning 10 %, active 55 %, closed 20 %) and, for three families in ten, an older
-- closed one; a team of 2 to 5 practitioners from 40 agencies, one of them the lead, some who have left; consents
-- (some refusing to share, some excluding the police, some withdrawn); an assessment with views and a child's voice;
-- meetings with attendance; 1 to 4 outcomes across the ten need areas, each with 1 to 3 actions owned by different
-- team members (some overdue); 0 to 3 reviews; handovers; comments; closures with signposting. Then next_due_on, as
-- EpisodeService.nextDue computes it, and two accounts: bench-hub (Early Help team) and bench-lead (the practitioner
-- on the most teams), password hearth-demo.

set foreign_key_checks = 0;
set unique_checks = 0;

drop table if exists bench_person, bench_episode, bench_review, bench_outcome;

truncate table closure_signpost;
truncate table closure;
truncate table family_comment;
truncate table review_outcome_progress;
truncate table review;
truncate table meeting_attendance;
truncate table meeting;
truncate table plan_action;
truncate table outcome;
truncate table handover;
truncate table team_member;
truncate table child_voice;
truncate table person_view;
truncate table assessment_service_involved;
truncate table assessment;
truncate table safeguarding_referral;
truncate table consent_excluded_agency;
truncate table consent;
truncate table family_invitation;
truncate table audit_event;
truncate table episode;
truncate table user_account;
truncate table partner_client;
truncate table person;
truncate table family;
truncate table practitioner_role;
truncate table practitioner;
truncate table agency;
truncate table reference_counter;

-- 40 agencies: the council's early help teams, schools, health, housing, police, charities.
insert into agency (id, name, kind, email, phone)
select unhex(md5(concat('agency:', seq))),
       concat(case when seq <= 4 then 'Early Help Locality' when seq <= 28 then 'Primary School'
                   when seq <= 34 then 'Health Visiting Team' when seq <= 37 then 'Housing Office'
                   when seq = 38 then 'Police Early Intervention' else 'Family Charity' end, ' ', seq),
       case when seq <= 4 then 'LOCAL_AUTHORITY_EARLY_HELP' when seq <= 28 then 'SCHOOL' when seq <= 34 then 'HEALTH'
            when seq <= 37 then 'HOUSING' when seq = 38 then 'POLICE' else 'VOLUNTARY' end,
       concat('office', seq, '@agency.example'), concat('0161 496 ', lpad(seq, 4, '0'))
from seq_1_to_40;

-- Practitioners in teams of ten within one agency; the first of each ten manages the other nine.
insert into practitioner (id, agency_id, name, job_title, email, phone, manager_id)
select unhex(md5(concat('practitioner:', seq))),
       unhex(md5(concat('agency:', ((seq - 1) div 10) % 40 + 1))),
       concat(elt(crc32(concat('pg', seq)) % 8 + 1, 'Sam', 'Alex', 'Jo', 'Priya', 'Chris', 'Dana', 'Lee', 'Kim'), ' ',
              elt(crc32(concat('pf', seq)) % 8 + 1, 'Okafor', 'Reid', 'Patel', 'Shah', 'Evans', 'Carter', 'Nowak',
                  'Green'), ' ', seq),
       if((seq - 1) % 10 = 0, 'Team manager', 'Family support worker'),
       concat('p', seq, '@agency.example'), concat('07700 9', lpad(seq, 5, '0')),
       if((seq - 1) % 10 = 0, null, unhex(md5(concat('practitioner:', seq - (seq - 1) % 10))))
from seq_1_to_{P};

insert into practitioner_role (practitioner_id, role)
select unhex(md5(concat('practitioner:', seq))), 'PRACTITIONER' from seq_1_to_{P}
union all
select unhex(md5(concat('practitioner:', seq))), 'MANAGER' from seq_1_to_{P} where (seq - 1) % 10 = 0;

-- The Early Help team member the nested read runs as (practitioner 0).
insert into practitioner (id, agency_id, name, job_title, email, phone, manager_id)
values (unhex(md5('practitioner:0')), unhex(md5('agency:1')), 'Bench Hub Advisor', 'Early Help hub advisor',
        'hub@agency.example', '0161 496 0000', null);
insert into practitioner_role (practitioner_id, role)
values (unhex(md5('practitioner:0')), 'PRACTITIONER'), (unhex(md5('practitioner:0')), 'EARLY_HELP_TEAM');

insert into family (id, reference, address_line1, address_town, address_postcode, primary_language,
                    interpreter_required, created_at)
select unhex(md5(concat('family:', seq))), concat('BF-', lpad(seq, 8, '0')),
       concat(crc32(concat('house', seq)) % 200 + 1, ' ',
              elt(crc32(concat('street', seq)) % 6 + 1, 'Mill Lane', 'Church Street', 'Park Road', 'Station Road',
                  'Victoria Street', 'Green Lane')),
       'Northgate', concat('NG', crc32(concat('pc', seq)) % 20 + 1, ' ', crc32(concat('pc2', seq)) % 9 + 1, 'AB'),
       if(seq % 12 = 0, 'Polish', 'English'), seq % 12 = 0, now(6)
from seq_1_to_{N};

-- People: number k of family f; k = 1 is a parent or carer, k = 2 a second one in larger families, the rest children.
create table bench_person as
select f.seq as f, k.seq as k, 2 + crc32(concat('np', f.seq)) % 5 as np
from seq_1_to_{N} f join seq_1_to_6 k on k.seq <= 2 + crc32(concat('np', f.seq)) % 5;

insert into person (id, family_id, given_name, family_name, date_of_birth, role, lives_in_household,
                    has_parental_responsibility, phone)
select unhex(md5(concat('person:', f, ':', k))), unhex(md5(concat('family:', f))),
       elt(crc32(concat('given', f, ':', k)) % 10 + 1, 'Ann', 'Ben', 'Cara', 'Dev', 'Ella', 'Finn', 'Grace', 'Hari',
           'Isla', 'Jack'),
       elt(crc32(concat('surname', f)) % 10 + 1, 'Carter', 'Nowak', 'Hussain', 'Thompson', 'Ahmed', 'Green', 'Smith',
           'Jones', 'Khan', 'Murphy'),
       if(k = 1 or (k = 2 and np >= 4), curdate() - interval (25 * 365 + crc32(concat('dob', f, ':', k)) % 7000) day,
          curdate() - interval (200 + crc32(concat('dob', f, ':', k)) % 5800) day),
       if(k = 1 or (k = 2 and np >= 4), 'PARENT_CARER', 'CHILD'), true, k = 1 or (k = 2 and np >= 4),
       if(k = 1, concat('07700 1', lpad(f % 100000, 5, '0')), null)
from bench_person;

-- Episodes: e = f is the family's current one, e = {N} + f an older closed one (three families in ten).
create table bench_episode as
select seq as e, seq as f,
       case when crc32(concat('st', seq)) % 100 < 5 then 'REQUESTED' when crc32(concat('st', seq)) % 100 < 15 then 'ASSESSING'
            when crc32(concat('st', seq)) % 100 < 25 then 'PLANNING' when crc32(concat('st', seq)) % 100 < 80 then 'ACTIVE'
            else 'CLOSED' end as status,
       curdate() - interval (if(crc32(concat('st', seq)) % 100 < 5, crc32(concat('op', seq)) % 10,
                                 40 + crc32(concat('op', seq)) % 300)) day as opened_on
from seq_1_to_{N}
union all
select {N} + seq, seq, 'CLOSED', curdate() - interval (500 + crc32(concat('op', seq)) % 300) day
from seq_1_to_{N} where seq % 10 < 3;

alter table bench_episode add column team_size int, add column lead int, add column np int;
update bench_episode b
set b.team_size = 2 + crc32(concat('ts', b.e)) % 4,
    b.lead = crc32(concat('lead', b.e)) % {P} + 1,
    b.np = 2 + crc32(concat('np', b.f)) % 5;
alter table bench_episode add primary key (e);

insert into episode (id, reference, family_id, open_family_id, status, level_of_need, source, request_reasons,
                     opened_on, requested_by, created_at)
select unhex(md5(concat('episode:', e))), concat('BE-', lpad(e, 9, '0')), unhex(md5(concat('family:', f))),
       if(status = 'CLOSED', null, unhex(md5(concat('family:', f)))), status, if(e % 3 = 0, 'LEVEL_3', 'LEVEL_2'),
       if(e % 7 = 0, 'HUB_REFERRAL', 'PRACTITIONER_REQUEST'),
       'School attendance has dropped and the family would like help with routines and housing.', opened_on,
       unhex(md5(concat('practitioner:', lead))), now(6)
from bench_episode;

-- Teams: member k of episode e; k = 1 leads; the fifth member of one team in three has left.
insert into team_member (id, episode_id, practitioner_id, role_description, is_lead, lead_of_episode, joined_on, left_on)
select unhex(md5(concat('tm:', b.e, ':', k.seq))), unhex(md5(concat('episode:', b.e))),
       unhex(md5(concat('practitioner:', (b.lead - 1 + (k.seq - 1) * 97) % {P} + 1))),
       elt(k.seq, 'Lead practitioner', 'Class teacher', 'Health visitor', 'Housing officer', 'Youth worker'),
       k.seq = 1, if(k.seq = 1, unhex(md5(concat('episode:', b.e))), null), b.opened_on,
       if(k.seq = 5 and b.e % 3 = 0, b.opened_on + interval 20 day, null)
from bench_episode b join seq_1_to_5 k on k.seq <= b.team_size;

-- Consent to start, store and share from the first parent, once the request is taken up.
insert into consent (id, episode_id, scope, decision, given_by, recorded_by, recorded_at, method)
select unhex(md5(concat('consent:', b.e, ':', s.seq))), unhex(md5(concat('episode:', b.e))),
       elt(s.seq, 'START', 'STORE', 'SHARE'), if(s.seq = 3 and b.e % 10 = 7, 'REFUSED', 'GIVEN'),
       unhex(md5(concat('person:', b.f, ':1'))), unhex(md5(concat('practitioner:', b.lead))),
       timestamp(b.opened_on + interval 2 day, '10:00:00'),
       elt(b.e % 3 + 1, 'SIGNED_ON_DEVICE', 'WRITTEN', 'VERBAL')
from bench_episode b join seq_1_to_3 s
where b.status <> 'REQUESTED';

insert into consent_excluded_agency (consent_id, agency_id)
select unhex(md5(concat('consent:', e, ':3'))), unhex(md5('agency:38'))
from bench_episode where status <> 'REQUESTED' and e % 20 = 3 and e % 10 <> 7;

-- One closed episode in 25 ended because the family withdrew consent.
insert into consent (id, episode_id, scope, decision, given_by, recorded_by, recorded_at, method)
select unhex(md5(concat('consent:', e, ':4'))), unhex(md5(concat('episode:', e))), 'SHARE', 'WITHDRAWN',
       unhex(md5(concat('person:', f, ':1'))), unhex(md5(concat('practitioner:', lead))),
       timestamp(opened_on + interval 60 day, '10:00:00'), 'VERBAL'
from bench_episode where status = 'CLOSED' and e % 25 = 0;

insert into assessment (id, episode_id, started_on, completed_on, summary)
select unhex(md5(concat('assessment:', e))), unhex(md5(concat('episode:', e))), opened_on + interval 3 day,
       if(status = 'ASSESSING', null, opened_on + interval 13 day),
       if(status = 'ASSESSING', null, 'The family want calmer mornings, better attendance and a secure tenancy.')
from bench_episode where status <> 'REQUESTED';

insert into person_view (id, assessment_id, person_id, worries, strengths, wishes, is_opinion)
select unhex(md5(concat('view:', e))), unhex(md5(concat('assessment:', e))), unhex(md5(concat('person:', f, ':1'))),
       'Mornings are a battle and the rent is behind.', 'We are close and the children love school clubs.',
       'Get the children to school on time, every day.', e % 2 = 0
from bench_episode where status <> 'REQUESTED';

insert into child_voice (id, assessment_id, child_id, worries, good_things, dreams)
select unhex(md5(concat('voice:', e))), unhex(md5(concat('assessment:', e))), unhex(md5(concat('person:', f, ':3'))),
       'When mum and dad shout.', 'Football on Saturdays.', 'A room of my own.'
from bench_episode where status <> 'REQUESTED' and np >= 3;

-- The initial TAF meeting: held a week after the assessment, except in half the episodes still planning.
insert into meeting (id, episode_id, kind, scheduled_for, held_on, family_attended, notes)
select unhex(md5(concat('meeting:', e, ':0'))), unhex(md5(concat('episode:', e))), 'INITIAL_TAF',
       timestamp(opened_on + interval 20 day, '15:30:00'),
       if(status = 'PLANNING' and e % 2 = 0, null, opened_on + interval 20 day),
       if(status = 'PLANNING' and e % 2 = 0, null, true), null
from bench_episode where status in ('PLANNING', 'ACTIVE', 'CLOSED');

-- Reviews r = 1..3, four weeks apart after the initial meeting, only those already held.
create table bench_review as
select b.e, b.f, b.lead, b.status, r.seq as r, b.opened_on + interval (20 + 28 * r.seq) day as held_on
from bench_episode b join seq_1_to_3 r on r.seq <= crc32(concat('nr', b.e)) % 4
where b.status in ('ACTIVE', 'CLOSED') and b.opened_on + interval (20 + 28 * r.seq) day <= curdate();

insert into meeting (id, episode_id, kind, scheduled_for, held_on, family_attended, notes)
select unhex(md5(concat('meeting:', e, ':', r))), unhex(md5(concat('episode:', e))), 'REVIEW',
       timestamp(held_on, '15:30:00'), held_on, r % 3 <> 0, 'Went through each outcome with the family.'
from bench_review;

insert into meeting_attendance (meeting_id, team_member_id, attendance)
select m.id, unhex(md5(concat('tm:', b.e, ':', k.seq))), if(k.seq = 1, 'ATTENDED', 'APOLOGIES')
from bench_episode b join seq_1_to_2 k
join meeting m on m.episode_id = unhex(md5(concat('episode:', b.e))) and m.held_on is not null;

insert into review (id, episode_id, meeting_id, held_on, progress, decision, family_views, child_views,
                    next_review_due, recorded_by, created_at)
select unhex(md5(concat('review:', e, ':', r))), unhex(md5(concat('episode:', e))),
       unhex(md5(concat('meeting:', e, ':', r))), held_on,
       elt(crc32(concat('pr', e, r)) % 3 + 1, 'POSITIVE_CHANGE', 'NO_CHANGE', 'DETERIORATION'),
       if(e % 5 = 0, 'AMEND_PLAN', 'CONTINUE'), 'Things feel calmer at home.', 'I like my new bedtime.',
       held_on + interval 56 day, unhex(md5(concat('practitioner:', lead))), timestamp(held_on, '17:00:00')
from bench_review;

-- Outcomes o = 1..4 across the ten need areas, each with actions a = 1..3 owned by different team members.
create table bench_outcome as
select b.e, b.f, b.status, b.team_size, b.np, b.opened_on, o.seq as o
from bench_episode b join seq_1_to_4 o on o.seq <= 1 + crc32(concat('no', b.e)) % 4
where b.status in ('PLANNING', 'ACTIVE', 'CLOSED');

insert into outcome (id, episode_id, for_person_id, need_area_code, description, measure, target_date, status,
                     created_at)
select unhex(md5(concat('outcome:', b.e, ':', b.o))), unhex(md5(concat('episode:', b.e))),
       if(b.np >= 3, unhex(md5(concat('person:', b.f, ':3'))), null), n.code,
       'Get to school on time every day', 'Attendance over 95 % for a whole half term', b.opened_on + interval 180 day,
       if(b.status = 'CLOSED', 'ACHIEVED', 'OPEN'), now(6)
from bench_outcome b join need_area n on n.position = (b.e + b.o) % 10 + 1;

insert into plan_action (id, outcome_id, description, owner_member_id, due_date, status, completed_on, created_at)
select id, outcome_id, 'Set up a morning routine chart together', owner, due, status,
       if(status = 'DONE', least(curdate(), due), null), now(6)
from (select unhex(md5(concat('action:', b.e, ':', b.o, ':', a.seq))) as id,
             unhex(md5(concat('outcome:', b.e, ':', b.o))) as outcome_id,
             unhex(md5(concat('tm:', b.e, ':', (b.o + a.seq) % b.team_size + 1))) as owner,
             curdate() + interval (cast(crc32(concat('due', b.e, b.o, a.seq)) % 90 as signed) - 30) day as due,
             case when b.status = 'CLOSED' then 'DONE'
                  else elt(crc32(concat('as', b.e, b.o, a.seq)) % 20 + 1, 'NOT_STARTED', 'NOT_STARTED', 'NOT_STARTED',
                           'NOT_STARTED', 'NOT_STARTED', 'NOT_STARTED', 'NOT_STARTED', 'NOT_STARTED', 'NOT_STARTED',
                           'NOT_STARTED', 'IN_PROGRESS', 'IN_PROGRESS', 'IN_PROGRESS', 'IN_PROGRESS', 'IN_PROGRESS',
                           'DONE', 'DONE', 'DONE', 'DONE', 'CANCELLED') end as status
      from bench_outcome b join seq_1_to_3 a on a.seq <= 1 + crc32(concat('na', b.e, b.o)) % 3) actions;

insert into handover (id, episode_id, from_member_id, to_member_id, handed_over_on, family_consulted, notes,
                      recorded_by)
select unhex(md5(concat('handover:', e))), unhex(md5(concat('episode:', e))), unhex(md5(concat('tm:', e, ':2'))),
       unhex(md5(concat('tm:', e, ':1'))), opened_on + interval 30 day, true, 'Moved to a worker nearer the family.',
       unhex(md5(concat('practitioner:', lead)))
from bench_episode where status = 'ACTIVE' and e % 20 = 1;

insert into family_comment (id, episode_id, author_id, written_at, text)
select unhex(md5(concat('comment:', e))), unhex(md5(concat('episode:', e))), unhex(md5(concat('person:', f, ':1'))),
       timestamp(opened_on + interval 25 day, '20:00:00'), 'The new routine is helping. Thank you.'
from bench_episode where status <> 'REQUESTED' and e % 5 = 0;

insert into closure (episode_id, closed_on, reason, summary, family_feedback, recorded_by)
select unhex(md5(concat('episode:', e))), least(curdate(), opened_on + interval 200 day),
       if(e % 25 = 0, 'CONSENT_WITHDRAWN', elt(e % 4 + 1, 'NEEDS_MET', 'SINGLE_AGENCY', 'UNIVERSAL_SERVICES', 'MOVED_AWAY')),
       'Attendance is back over 95 % and the tenancy is secure.', 'We know where to go if things get hard again.',
       unhex(md5(concat('practitioner:', lead)))
from bench_episode where status = 'CLOSED';

insert into closure_signpost (episode_id, position, text)
select unhex(md5(concat('episode:', b.e))), s.seq, elt(s.seq, 'The family hub drop-in, Tuesdays 10-12',
                                                    'The school''s family liaison officer')
from bench_episode b join seq_1_to_2 s where b.status = 'CLOSED';

-- next_due_on as EpisodeService.nextDue computes it: the earliest of the assessment (until completed), the initial
-- meeting (until held), the next review and the earliest unfinished action; null once closed.
update episode e
join policy p
left join assessment a on a.episode_id = e.id
set e.next_due_on = nullif(least(
      if(a.completed_on is null, coalesce(a.started_on, e.opened_on) + interval p.assessment_due_days day, date '9999-12-31'),
      if(a.completed_on is not null and not exists (select 1 from meeting m where m.episode_id = e.id
              and m.kind = 'INITIAL_TAF' and m.held_on is not null),
         a.completed_on + interval p.initial_meeting_due_days day, date '9999-12-31'),
      coalesce(if(exists (select 1 from review r where r.episode_id = e.id),
                  (select r.next_review_due from review r where r.episode_id = e.id
                   order by r.held_on desc, r.created_at desc limit 1),
                  (select min(m.held_on) from meeting m where m.episode_id = e.id and m.kind = 'INITIAL_TAF'
                   and m.held_on is not null) + interval p.first_review_due_days day), date '9999-12-31'),
      coalesce((select min(x.due_date) from plan_action x join outcome o on o.id = x.outcome_id
                where o.episode_id = e.id and x.status in ('NOT_STARTED', 'IN_PROGRESS')), date '9999-12-31')
    ), date '9999-12-31')
where e.status <> 'CLOSED';

-- The two accounts the benchmark signs in as (password hearth-demo, the demo accounts' bcrypt hash).
insert into user_account (id, username, password_hash, practitioner_id)
values (unhex(md5('account:hub')), 'bench-hub', '{bcrypt}$2a$10$dxudNMNBfyVyRV2eGR6h2OT5V3/fzZdcSwwZeuDpdcL/A3j5D9xw2',
        unhex(md5('practitioner:0')));
insert into user_account (id, username, password_hash, practitioner_id)
select unhex(md5('account:lead')), 'bench-lead', '{bcrypt}$2a$10$dxudNMNBfyVyRV2eGR6h2OT5V3/fzZdcSwwZeuDpdcL/A3j5D9xw2',
       practitioner_id
from team_member where left_on is null group by practitioner_id order by count(*) desc, practitioner_id limit 1;

drop table bench_person;
drop table bench_episode;
drop table bench_review;
drop table bench_outcome;

set unique_checks = 1;
set foreign_key_checks = 1;

analyze table episode, team_member, person, family, outcome, plan_action, meeting, review, consent, assessment;
