-- Covered by ix_wf_tasks_assignee_open (0008); one index fewer to maintain on every task written.
DROP INDEX ix_wf_tasks_assignee ON wf_tasks;
