//! Citizens: tokens, the `Citizen` extractor, OTP delivery.

pub mod otp_delivery;
pub mod tokens;
