-- Roster sync (spec §11): a sync writes all staff changes in one statement, so two staff members may
-- swap usernames (or a new one take the name a changed one gives up). Uniqueness is checked at the
-- end of each statement instead of row by row; it is still checked, and the sync validates it first.
alter table staff drop constraint staff_username_key;
alter table staff add constraint staff_username_key unique (username) deferrable initially immediate;
