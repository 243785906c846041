/**
 * The administrator's pages (and an analyst's for its own municipality): organisations, users,
 * imports from DUO's open data and municipality settings. A pages-level feature: it uses
 * organisations, security and analysis, and nothing imports it.
 */
package nl.betrokken.administration;
