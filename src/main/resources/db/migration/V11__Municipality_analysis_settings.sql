-- A municipality's own confidence level for intervals and its own publication interval (issue 17's
-- settings page); empty means the service's defaults (betrokken.analysis.confidence and
-- betrokken.disclosure.publish-every).
alter table municipality add column confidence numeric(3, 2) check (confidence >= 0.5 and confidence < 1);
alter table municipality add column publish_every_hours integer check (publish_every_hours between 1 and 168);
