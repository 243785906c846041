-- Issue 20: below a municipality's minimum response rate a figure is marked as not representative and a
-- target on it stays undetermined; empty means the service's defaults (betrokken.analysis.min-parent-
-- response-rate and min-staff-response-rate: 20 % and 50 %, the bars of the 5Essentials reports).
-- weighted_targets: targets are judged on the figure weighted by school instead of the pooled one.
alter table municipality add column min_parent_response_rate numeric(3, 2)
    check (min_parent_response_rate > 0 and min_parent_response_rate <= 1);
alter table municipality add column min_staff_response_rate numeric(3, 2)
    check (min_staff_response_rate > 0 and min_staff_response_rate <= 1);
alter table municipality add column weighted_targets boolean not null default false;
