//! CoWIN v2 citizen authentication: `/v2/auth/{public/,}generateOTP` and `confirmOTP`.

pub(crate) mod confirm_otp;
pub(crate) mod generate_otp;
