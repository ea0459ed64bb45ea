//! An SMS gateway for tests: a real HTTP listener on port 0 that every test server posts its SMS to (the `http`
//! provider, the same code path as a country's gateway), recording each message so a test can read an OTP.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// One SMS as the gateway received it.
#[derive(Debug, Clone)]
pub struct ReceivedSms {
    /// The international number.
    pub to: String,
    /// The text.
    pub text: String,
    /// The whole HTTP request, headers and body.
    pub request: String,
}

/// The gateway and what it has received.
#[derive(Debug, Clone)]
pub struct SmsGateway {
    /// Where servers post (`http://127.0.0.1:<port>/send`).
    pub url: String,
    received: Arc<Mutex<Vec<ReceivedSms>>>,
}

/// Reads one HTTP request (headers and a `content-length` body) from `stream`.
async fn read_request(stream: &mut tokio::net::TcpStream) -> String {
    let mut bytes = Vec::new();
    let mut buffer = [0u8; 8192];
    while let Ok(read) = stream.read(&mut buffer).await {
        if read == 0 {
            break;
        }
        bytes.extend_from_slice(&buffer[..read]);
        let text = String::from_utf8_lossy(&bytes);
        if let Some(end) = text.find("\r\n\r\n") {
            let length = text[..end]
                .lines()
                .find_map(|line| {
                    line.to_ascii_lowercase()
                        .strip_prefix("content-length:")
                        .map(|v| v.trim().to_owned())
                })
                .and_then(|v| v.parse::<usize>().ok())
                .unwrap_or(0);
            if bytes.len() >= end + 4 + length {
                break;
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

impl SmsGateway {
    /// Starts a gateway that answers every request 200.
    pub async fn start() -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("binds a port");
        let url = format!("http://{}/send", listener.local_addr().expect("a local address"));
        let received = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&received);
        tokio::spawn(async move {
            while let Ok((mut stream, _)) = listener.accept().await {
                let sink = Arc::clone(&sink);
                tokio::spawn(async move {
                    let request = read_request(&mut stream).await;
                    let body = request.split("\r\n\r\n").nth(1).unwrap_or_default();
                    let json: serde_json::Value = serde_json::from_str(body).unwrap_or_default();
                    let sms = ReceivedSms {
                        to: json["to"].as_str().unwrap_or_default().to_owned(),
                        text: json["text"].as_str().unwrap_or_default().to_owned(),
                        request: request.clone(),
                    };
                    sink.lock().expect("the gateway's log").push(sms);
                    let _ = stream
                        .write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\nconnection: close\r\n\r\nok")
                        .await;
                });
            }
        });
        Self { url, received }
    }

    /// Every message received so far.
    pub fn received(&self) -> Vec<ReceivedSms> {
        self.received.lock().expect("the gateway's log").clone()
    }

    /// Messages to `to` (an international number such as `+94773000001`), waiting up to 10 s for `count`.
    pub async fn messages_to(&self, to: &str, count: usize) -> Vec<ReceivedSms> {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let found: Vec<ReceivedSms> = self.received().into_iter().filter(|sms| sms.to == to).collect();
            if found.len() >= count || Instant::now() > deadline {
                return found;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// The six-digit code of the latest of `count` messages to `to`.
    pub async fn latest_otp(&self, to: &str, count: usize) -> String {
        let messages = self.messages_to(to, count).await;
        let text = &messages.last().unwrap_or_else(|| panic!("no OTP SMS reached {to}")).text;
        six_digit_code(text).unwrap_or_else(|| panic!("no six-digit code in {text:?}"))
    }

    /// The six-digit code of the latest message already received for `to`, looked for from the newest message back
    /// (a burst of sign-ins reads each code moments after it was sent, so this stays cheap however many there are).
    pub fn otp_sent_to(&self, to: &str) -> Option<String> {
        let received = self.received.lock().expect("the gateway's log");
        received
            .iter()
            .rev()
            .find(|sms| sms.to == to)
            .and_then(|sms| six_digit_code(&sms.text))
    }
}

/// The first six-digit number in `text`.
fn six_digit_code(text: &str) -> Option<String> {
    text.split(|c: char| !c.is_ascii_digit())
        .find(|word| word.len() == 6)
        .map(str::to_owned)
}
