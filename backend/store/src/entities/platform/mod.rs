//! Entities of schema `platform`.

pub mod tenant;
pub mod tenant_hostname;
