-- Admins invite providers: an invited account has no password until its owner sets one through the mailed link.
alter table account alter column password_hash drop not null;
-- Admins deactivate accounts: a deactivated account cannot sign in, and its refresh tokens are revoked.
alter table account add column deactivated_at timestamptz;

-- One table for the mailed links: a customer's email confirmation, or a provider's invitation to set a password.
alter table email_confirmation add column purpose text not null default 'CONFIRM_EMAIL'
    check (purpose in ('CONFIRM_EMAIL', 'SET_PASSWORD'));

