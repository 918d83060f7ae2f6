-- What the registry knows of every organization beyond its name: who represents it, who registered it
-- and when, where it is and whom to contact. Public facts in China's credit system, not personal data.
ALTER TABLE organization ADD COLUMN legal_representative VARCHAR(60);
ALTER TABLE organization ADD COLUMN registration_authority VARCHAR(200);
ALTER TABLE organization ADD COLUMN registered_on DATE;
ALTER TABLE organization ADD COLUMN address VARCHAR(300);
ALTER TABLE organization ADD COLUMN contact_name VARCHAR(60);
ALTER TABLE organization ADD COLUMN contact_phone VARCHAR(30);
ALTER TABLE organization ADD COLUMN contact_email VARCHAR(200);

INSERT INTO role_permission (role, permission) VALUES
    ('PROVIDER', 'registry:profile:edit-own'),
    ('EVALUATOR', 'registry:profile:edit-own'),
    ('AGENT', 'registry:profile:edit-own');
