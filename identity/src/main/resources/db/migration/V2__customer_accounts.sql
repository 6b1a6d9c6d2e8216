-- Customers create their own accounts: a name, and an email that is confirmed by a link before the account can sign
-- in. Accounts made before (the seeded and the administered ones) count as confirmed.
alter table account add column name text check (name is null or length(name) between 2 and 100);
alter table account add column email_confirmed boolean not null default true;

-- A confirmation link: only the SHA-256 of its token is kept; it confirms once and expires.
create table email_confirmation (
    token_hash  text        primary key,
    account_id  bigint      not null references account (id) on delete cascade,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    created_at  timestamptz not null default now()
);
create index email_confirmation_account on email_confirmation (account_id);
