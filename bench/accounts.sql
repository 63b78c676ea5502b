-- Accounts the benchmark signs in as besides bench-hub and bench-lead (generate.sql), added on every run so that a
-- dataset loaded before they existed gets them too (password hearth-demo, the demo accounts' bcrypt hash).
-- bench-manager: the manager of bench-lead's team (whose team figures the manager's view reads).
insert ignore into user_account (id, username, password_hash, practitioner_id)
select unhex(md5('account:manager')), 'bench-manager',
       '{bcrypt}$2a$10$dxudNMNBfyVyRV2eGR6h2OT5V3/fzZdcSwwZeuDpdcL/A3j5D9xw2', coalesce(p.manager_id, p.id)
from user_account a join practitioner p on p.id = a.practitioner_id
where a.username = 'bench-lead';
