-- Each rule's term as the funder publishes it: ENFORCED, ATTENTION (shown, never refusing) or NOT_CHECKED, and why;
-- JSON array, see fr.cls.funding.scheme.RuleTerm. Null for versions published before terms: every rule enforced.
alter table scheme_version add column terms text;
