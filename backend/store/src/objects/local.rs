//! Objects as files under a folder: the demo's store, without an S3 server.

use std::path::PathBuf;
use std::time::Duration;

use futures::future::BoxFuture;

use super::{ObjectError, ObjectStore};

/// A folder of objects.
#[derive(Debug, Clone)]
pub struct LocalObjects {
    root: PathBuf,
}

impl LocalObjects {
    /// Objects under `root`.
    pub fn new(root: PathBuf) -> Self {
        Self { root }
    }

    /// The file of a key. Keys are made by this crate from parsed codes and ids; anything that could leave the
    /// folder is refused all the same.
    fn path(&self, key: &str) -> Result<PathBuf, ObjectError> {
        if key.split('/').any(|part| part.is_empty() || part == "." || part == "..") {
            return Err(ObjectError::Store(format!("invalid object key {key:?}")));
        }
        Ok(self.root.join(key))
    }
}

impl ObjectStore for LocalObjects {
    fn put<'a>(&'a self, key: &'a str, _content_type: &'a str, bytes: Vec<u8>) -> BoxFuture<'a, Result<(), ObjectError>> {
        Box::pin(async move {
            let path = self.path(key)?;
            if let Some(parent) = path.parent() {
                tokio::fs::create_dir_all(parent).await?;
            }
            // Written beside and renamed, so a reader never sees half a file.
            let partial = path.with_extension("partial");
            tokio::fs::write(&partial, bytes).await?;
            tokio::fs::rename(&partial, &path).await?;
            Ok(())
        })
    }

    fn get<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<Option<Vec<u8>>, ObjectError>> {
        Box::pin(async move {
            match tokio::fs::read(self.path(key)?).await {
                Ok(bytes) => Ok(Some(bytes)),
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(error) => Err(error.into()),
            }
        })
    }

    fn presigned_get<'a>(&'a self, _key: &'a str, _lifetime: Duration) -> BoxFuture<'a, Result<Option<String>, ObjectError>> {
        Box::pin(async { Ok(None) })
    }

    fn list<'a>(&'a self, prefix: &'a str) -> BoxFuture<'a, Result<Vec<String>, ObjectError>> {
        Box::pin(async move {
            let mut keys = Vec::new();
            let mut folders = vec![self.root.join(prefix.trim_end_matches('/'))];
            while let Some(folder) = folders.pop() {
                let Ok(mut entries) = tokio::fs::read_dir(&folder).await else {
                    continue;
                };
                while let Some(entry) = entries.next_entry().await? {
                    let path = entry.path();
                    if entry.file_type().await?.is_dir() {
                        folders.push(path);
                    } else if let Ok(relative) = path.strip_prefix(&self.root) {
                        keys.push(relative.to_string_lossy().replace('\\', "/"));
                    }
                }
            }
            keys.sort();
            Ok(keys)
        })
    }

    fn delete<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<(), ObjectError>> {
        Box::pin(async move {
            match tokio::fs::remove_file(self.path(key)?).await {
                Err(error) if error.kind() != std::io::ErrorKind::NotFound => Err(error.into()),
                _ => Ok(()),
            }
        })
    }
}
