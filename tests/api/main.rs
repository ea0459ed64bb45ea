//! Black-box tests of the `cowin` server against the real PostgreSQL: one binary, every test with its own
//! database and its own server on port 0.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly")]

mod abuse;
mod access_matrix;
mod account_takeover;
mod aefi_corrections;
mod availability;
mod booking;
mod browser_sessions;
mod certificates;
mod citizen_auth;
mod citizen_journey;
mod clusters;
mod configuration;
mod console_api;
mod cowin_clients;
mod crash_safety;
mod desk;
mod fuzzing;
mod hardening;
mod health;
mod identity_documents;
mod isolation;
mod licence_guard;
mod localisation;
mod many_servers;
mod metrics;
mod migrate;
mod onboarding;
mod openapi;
mod operations;
mod platform_admin;
mod portal;
mod privacy;
mod rate_limits;
mod registry_import;
mod reminders;
mod routing;
mod sms_gateways;
mod staff;
mod tenant_changes;
mod tenant_export;
mod tenant_restore;
mod traces;
mod trust_list;
