//! Citizens: tokens, the `Citizen` extractor, OTPs and their delivery.

pub mod otp_challenge;
pub mod otp_delivery;
pub mod tokens;
