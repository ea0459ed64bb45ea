//! Objects in an S3-compatible store through aws-sdk-s3: path-style addressing, static credentials, and
//! checksums only where required (several S3-compatible servers refuse the SDK's default CRC headers).

use std::time::Duration;

use aws_sdk_s3::Client;
use aws_sdk_s3::config::{BehaviorVersion, Credentials, Region, RequestChecksumCalculation, ResponseChecksumValidation};
use aws_sdk_s3::presigning::PresigningConfig;
use aws_sdk_s3::primitives::ByteStream;
use futures::future::BoxFuture;

use super::{ObjectError, ObjectStore};

/// Where the S3-compatible store is and how to sign for it.
#[derive(Debug, Clone)]
pub struct S3Settings {
    /// `http://127.0.0.1:9000` or `https://s3.ap-south-1.amazonaws.com`.
    pub endpoint: String,
    /// Region name.
    pub region: String,
    /// Bucket.
    pub bucket: String,
    /// Access key id.
    pub access_key: String,
    /// Secret access key.
    pub secret_key: String,
}

/// A bucket of an S3-compatible store.
#[derive(Debug, Clone)]
pub struct S3Objects {
    client: Client,
    bucket: String,
}

fn failed(error: impl std::fmt::Display) -> ObjectError {
    ObjectError::Store(error.to_string())
}

/// The display of an SDK error with its causes (the SDK's own Display says only "service error").
fn explained(error: &(dyn std::error::Error + 'static)) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

impl S3Objects {
    /// A client for `settings`; creates the bucket if it does not exist.
    pub async fn connect(settings: &S3Settings) -> Result<Self, ObjectError> {
        let http = aws_smithy_http_client::Builder::new()
            .tls_provider(aws_smithy_http_client::tls::Provider::Rustls(
                aws_smithy_http_client::tls::rustls_provider::CryptoMode::Ring,
            ))
            .build_https();
        let config = aws_sdk_s3::Config::builder()
            .behavior_version(BehaviorVersion::latest())
            .region(Region::new(settings.region.clone()))
            .endpoint_url(&settings.endpoint)
            .force_path_style(true)
            .credentials_provider(Credentials::new(
                &settings.access_key,
                &settings.secret_key,
                None,
                None,
                "cowin-settings",
            ))
            .request_checksum_calculation(RequestChecksumCalculation::WhenRequired)
            .response_checksum_validation(ResponseChecksumValidation::WhenRequired)
            .http_client(http)
            .build();
        let store = Self {
            client: Client::from_conf(config),
            bucket: settings.bucket.clone(),
        };
        if store.client.head_bucket().bucket(&store.bucket).send().await.is_err() {
            store
                .client
                .create_bucket()
                .bucket(&store.bucket)
                .send()
                .await
                .map_err(|error| ObjectError::Store(format!("bucket {}: {}", store.bucket, explained(&error))))?;
        }
        Ok(store)
    }
}

impl ObjectStore for S3Objects {
    fn put<'a>(&'a self, key: &'a str, content_type: &'a str, bytes: Vec<u8>) -> BoxFuture<'a, Result<(), ObjectError>> {
        Box::pin(async move {
            self.client
                .put_object()
                .bucket(&self.bucket)
                .key(key)
                .content_type(content_type)
                .body(ByteStream::from(bytes))
                .send()
                .await
                .map_err(|error| failed(explained(&error)))?;
            Ok(())
        })
    }

    fn get<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<Option<Vec<u8>>, ObjectError>> {
        Box::pin(async move {
            match self.client.get_object().bucket(&self.bucket).key(key).send().await {
                Ok(object) => Ok(Some(object.body.collect().await.map_err(failed)?.into_bytes().to_vec())),
                Err(error) if error.as_service_error().is_some_and(|service| service.is_no_such_key()) => Ok(None),
                Err(error) => Err(failed(explained(&error))),
            }
        })
    }

    fn presigned_get<'a>(&'a self, key: &'a str, lifetime: Duration) -> BoxFuture<'a, Result<Option<String>, ObjectError>> {
        Box::pin(async move {
            let config = PresigningConfig::expires_in(lifetime).map_err(failed)?;
            let request = self
                .client
                .get_object()
                .bucket(&self.bucket)
                .key(key)
                .presigned(config)
                .await
                .map_err(|error| failed(explained(&error)))?;
            Ok(Some(request.uri().to_owned()))
        })
    }

    fn list<'a>(&'a self, prefix: &'a str) -> BoxFuture<'a, Result<Vec<String>, ObjectError>> {
        Box::pin(async move {
            let mut keys = Vec::new();
            let mut token: Option<String> = None;
            loop {
                let page = self
                    .client
                    .list_objects_v2()
                    .bucket(&self.bucket)
                    .prefix(prefix)
                    .set_continuation_token(token.take())
                    .send()
                    .await
                    .map_err(|error| failed(explained(&error)))?;
                keys.extend(page.contents().iter().filter_map(|object| object.key().map(str::to_owned)));
                match page.next_continuation_token() {
                    Some(next) if page.is_truncated() == Some(true) => token = Some(next.to_owned()),
                    _ => break,
                }
            }
            Ok(keys)
        })
    }

    fn delete<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<(), ObjectError>> {
        Box::pin(async move {
            self.client
                .delete_object()
                .bucket(&self.bucket)
                .key(key)
                .send()
                .await
                .map_err(|error| failed(explained(&error)))?;
            Ok(())
        })
    }
}
