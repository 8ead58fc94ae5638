-- Providers (承接主体) of purchased services sign in: social organisations, social-work agencies and enterprises are
-- units of kind PROVIDER under the county (identity_org_unit.kind holds the name as it is). Their contact person
-- bids and reports on the provider's projects and sees nothing else; the finance bureau (县财政局) reviews the budgets
-- of purchased-service projects.
INSERT INTO identity_role (code, name_zh, name_en, unit_kinds, builtin, version) VALUES
    ('provider',         '承接主体联系人', 'Provider contact', 'PROVIDER',   TRUE, 0),
    ('finance-reviewer', '财政审核人',     'Finance reviewer', 'DEPARTMENT', TRUE, 0);
