//! Entities of a tenant schema (unqualified: the tenant transaction's search path picks the schema).

pub mod district;
pub mod facility;
pub mod gender;
pub mod id_document_type;
pub mod state;
pub mod vaccine;
pub mod vaccine_rule_set;
