-- The jobs still waiting for another, by the key they wait for: a claim tells its worker whether jobs wait for the
-- job it claimed, so that only the end of such a job makes the worker claim again (most jobs nobody waits for).
create index integration_job_waiting on integration_job (after_key) where status = 'PENDING' and after_key is not null;
