//! NHA's platform domain: its administrators' sign-in and authorisation, apart from every tenant's.

pub mod access;
pub mod tokens;
