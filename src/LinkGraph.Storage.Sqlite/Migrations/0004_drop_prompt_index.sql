-- Detection reads prompts by a table scan in row-id order and orders them in memory (a walk of this index cost a
-- table lookup per row), and no other query reads prompts by account: the index only cost every import its upkeep
-- (about a tenth of the file on 20M events).
DROP INDEX IF EXISTS ix_prompts_account_at;
