//! A signed-in citizen's contact details: changing the e-mail address bound to the account, verified by an OTP
//! sent to the new address.

pub(crate) mod confirm_email;
pub(crate) mod request_email;
