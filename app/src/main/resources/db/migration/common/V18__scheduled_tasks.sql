-- The scheduler's table (core db-scheduler, its PostgreSQL schema in types both databases know): one row
-- per piece of timed work waiting or running, e.g. the closing of a procedure at its deadline. A node
-- claims a due row by bumping its version (optimistic lock), so that one node runs it; the row
-- stays until the work is done, so that work due while every node was down runs at the next start.
CREATE TABLE scheduled_tasks (
    task_name            VARCHAR(100)             NOT NULL,
    task_instance        VARCHAR(200)             NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN                  NOT NULL,
    picked_by            VARCHAR(50),
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_by_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_by_last_heartbeat ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_by_priority ON scheduled_tasks (priority DESC, execution_time);

-- The routine that closes whatever tendering procedure's deadline passed looks them up by state and deadline.
CREATE INDEX procedure_by_state_and_deadline ON procurement_procedure (state, deadline);
