-- The inbox lists a user's open tasks oldest first: with created_at in the key the rows come in order from the index,
-- without a filesort that re-reads every row by its id. It replaces ix_wf_tasks_assignee, its prefix (0009).
CREATE INDEX ix_wf_tasks_assignee_open ON wf_tasks (assignee_id, status, created_at);
