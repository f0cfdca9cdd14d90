-- Staff who left the school (spec §2, §1): no access and no new assignments. A staff member has
-- left when active is false or left_on is in the past; a leaving date ahead changes nothing yet.
alter table staff add column active boolean not null default true;
alter table staff add column left_on date;
