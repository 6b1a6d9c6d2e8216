-- Workers wake when jobs can run, not only at their next poll: a transaction that creates jobs, or brings a dead job
-- back, notifies channel integration_job with each partner concerned once it commits (notifications wait for the
-- commit, and the same partner twice in one transaction is told once).
create function integration_job_wake_created() returns trigger language plpgsql as $$
begin
    perform pg_notify('integration_job', partner) from (select distinct partner from created) as partners;
    return null;
end
$$;

create trigger integration_job_created after insert on integration_job
    referencing new table as created for each statement execute function integration_job_wake_created();

create function integration_job_wake_retried() returns trigger language plpgsql as $$
begin
    perform pg_notify('integration_job', new.partner);
    return null;
end
$$;

create trigger integration_job_retried after update of status on integration_job
    for each row when (old.status = 'DEAD' and new.status = 'PENDING') execute function integration_job_wake_retried();
