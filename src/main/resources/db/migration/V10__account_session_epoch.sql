-- Sessions follow the account: every change that must end the account's open sessions (disable,
-- enable, role or scope change, password reset) bumps this number. A session remembers the number
-- it logged in with and is ended on its next request when the row's number differs. The command
-- line writes here too, so the running portal sees its changes without any message between them.
ALTER TABLE account ADD COLUMN session_epoch BIGINT NOT NULL DEFAULT 0;
