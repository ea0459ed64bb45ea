//! Sending one-time passwords: SMS through a provider (an HTTP gateway, or the log in development; which gateway
//! is the country's, see [`crate::sms_gateways`]), e-mail through SMTP. Which one a tenant uses is its
//! `otp.channel`.

use std::fmt;

use lettre::message::{Mailbox, header::ContentType};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

/// Why a message was not sent.
#[derive(Debug, thiserror::Error)]
pub enum DeliveryError {
    #[error("SMS gateway: {0}")]
    Sms(String),
    #[error("e-mail: {0}")]
    Email(String),
}

/// A text message to a phone.
#[derive(Debug)]
pub struct Sms<'a> {
    /// International number, `+919876543210`.
    pub to: &'a str,
    /// Sender id.
    pub sender: &'a str,
    /// The text.
    pub text: &'a str,
}

/// Where SMS go.
pub enum SmsProvider {
    /// Development: the message is logged (never the number) and not sent.
    Log,
    /// An HTTP gateway taking a JSON body made from a template.
    Http {
        /// Client.
        client: reqwest::Client,
        /// Gateway URL.
        url: String,
        /// Body template with `{to}`, `{sender}`, `{text}`.
        body_template: String,
        /// `Authorization` header value, if any.
        authorization: Option<String>,
    },
}

impl fmt::Debug for SmsProvider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Log => f.write_str("SmsProvider::Log"),
            Self::Http { url, .. } => f.debug_struct("SmsProvider::Http").field("url", url).finish_non_exhaustive(),
        }
    }
}

fn json_escape(text: &str) -> String {
    let quoted = serde_json::to_string(text).unwrap_or_default();
    quoted.trim_matches('"').to_owned()
}

impl SmsProvider {
    /// Sends one SMS.
    pub async fn send(&self, sms: &Sms<'_>) -> Result<(), DeliveryError> {
        match self {
            Self::Log => {
                // Development only: the text (with the OTP) is logged so a developer can sign in; the number is not.
                tracing::warn!(text = sms.text, "development SMS provider: message not sent");
                Ok(())
            }
            Self::Http {
                client,
                url,
                body_template,
                authorization,
            } => {
                let body = body_template
                    .replace("{to}", &json_escape(sms.to))
                    .replace("{sender}", &json_escape(sms.sender))
                    .replace("{text}", &json_escape(sms.text));
                let mut request = client.post(url).header("content-type", "application/json").body(body);
                if let Some(value) = authorization {
                    request = request.header("authorization", value);
                }
                let response = request
                    .send()
                    .await
                    .map_err(|error| DeliveryError::Sms(error.without_url().to_string()))?;
                if response.status().is_success() {
                    Ok(())
                } else {
                    Err(DeliveryError::Sms(format!("gateway answered {}", response.status())))
                }
            }
        }
    }
}

/// Outgoing e-mail over SMTP.
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    platform_from: String,
}

impl fmt::Debug for Mailer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Mailer")
    }
}

impl Mailer {
    /// A mailer for `smtp://host:port` or `smtps://user:pass@host`; platform mail comes from `platform_from`.
    pub fn from_url(url: &str, platform_from: &str) -> Result<Self, DeliveryError> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|error| DeliveryError::Email(error.to_string()))?
            .build();
        platform_from
            .parse::<Mailbox>()
            .map_err(|error| DeliveryError::Email(format!("smtp.from: {error}")))?;
        Ok(Self {
            transport,
            platform_from: platform_from.to_owned(),
        })
    }

    /// The sender of platform mail.
    pub fn platform_from(&self) -> &str {
        &self.platform_from
    }

    /// Sends a plain-text message.
    pub async fn send(&self, from: &str, to: &str, subject: &str, text: &str) -> Result<(), DeliveryError> {
        let from: Mailbox = from
            .parse()
            .map_err(|error: lettre::address::AddressError| DeliveryError::Email(format!("sender: {error}")))?;
        let to: Mailbox = to
            .parse()
            .map_err(|error: lettre::address::AddressError| DeliveryError::Email(format!("recipient: {error}")))?;
        let message = Message::builder()
            .from(from)
            .to(to)
            .subject(subject)
            .header(ContentType::TEXT_PLAIN)
            .body(text.to_owned())
            .map_err(|error| DeliveryError::Email(error.to_string()))?;
        self.transport
            .send(message)
            .await
            .map(drop)
            .map_err(|error| DeliveryError::Email(describe(&error)))
    }
}

/// What went wrong in SMTP terms, without the server's text: servers quote the recipient's address in it, and
/// these descriptions go to logs and to the outbox's `last_error`.
fn describe(error: &lettre::transport::smtp::Error) -> String {
    let kind = if error.is_permanent() {
        "permanent failure"
    } else if error.is_transient() {
        "transient failure"
    } else if error.is_timeout() {
        "timeout"
    } else {
        "connection or protocol failure"
    };
    match error.status() {
        Some(code) => format!("SMTP {kind} ({code})"),
        None => format!("SMTP {kind}"),
    }
}

/// Both channels, as the application configures them.
#[derive(Debug)]
pub struct OtpDelivery {
    /// SMS, through each country's gateway.
    pub sms: crate::sms_gateways::SmsGateways,
    /// E-mail.
    pub mailer: Mailer,
}

/// Where one OTP goes: a destination bound to the account, or the address a new account is verifying.
#[derive(Debug)]
pub enum OtpDestination {
    /// By SMS to this international number (`+919876543210`).
    Sms(String),
    /// By e-mail to this address.
    Email(String),
}

impl OtpDelivery {
    /// Sends `code` to `destination` in the caller's language (`chain`), from the tenant's sender (an SMS sender id
    /// where the tenant sends OTPs by SMS: e-mail then comes from the platform's address).
    pub async fn send_otp(
        &self,
        localizer: &crate::i18n::Localizer,
        chain: &[&cowin_core::LocaleTag],
        tenant: &cowin_store::tenants::TenantRecord,
        destination: &OtpDestination,
        code: &str,
        ttl_minutes: i64,
    ) -> Result<(), DeliveryError> {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("otp", code.to_owned());
        args.set("minutes", ttl_minutes);
        let text = localizer.format(chain, "otp-message", Some(&args));
        let sender = tenant.config.otp.sender.as_str();
        match destination {
            OtpDestination::Email(address) => {
                let subject = localizer.format(chain, "otp-email-subject", None);
                let from = if sender.parse::<Mailbox>().is_ok() {
                    sender
                } else {
                    self.mailer.platform_from()
                };
                self.mailer.send(from, address, &subject, &text).await
            }
            OtpDestination::Sms(to) => self.sms.send(tenant, &Sms { to, sender, text: &text }).await,
        }
    }
}
