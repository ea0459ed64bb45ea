//! The second line of the rate limits: counters in Redis that every server of a deployment shares, so that a limit
//! of 100 calls holds for all the servers behind a load balancer together, not 100 per server.
//!
//! Each limit is the same generic cell rate algorithm governor runs in memory (one call earns `window / calls` of
//! waiting, up to `calls` at once), run as one Lua script so the read and the write are atomic, on Redis's own clock
//! so servers whose clocks differ agree. Keys are keyed hashes (HMAC under a key derived from the master key): Redis
//! holds no client address, mobile hash or account, only `<namespace>:limit:<kind>:<hex>` with an expiry.
//!
//! Redis is a guard, not a store: when it cannot be reached within `timeout`, the call is judged by the local line
//! alone and a warning is logged, so a Redis outage never stops vaccination.

use std::time::Duration;

use cowin_privacy::{Field, TenantVault};
use redis::aio::{ConnectionManager, ConnectionManagerConfig};

use super::{Limit, Limited};

/// One call against the cell: `{1, 0}` admitted, or `{0, microseconds to wait}`.
const CELL: &str = r"
local now = redis.call('TIME')
local now_us = tonumber(now[1]) * 1000000 + tonumber(now[2])
local interval = tonumber(ARGV[1])
local tolerance = tonumber(ARGV[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < now_us then tat = now_us end
if tat - now_us > tolerance then
  return {0, math.floor(tat - tolerance - now_us)}
end
local next_tat = tat + interval
redis.call('SET', KEYS[1], string.format('%.0f', next_tat), 'PX', math.ceil((next_tat - now_us) / 1000))
return {1, 0}
";

/// Adds one to a counter that lives for the window from its first count; returns the count.
const COUNT: &str = r"
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return count
";

/// Counters in Redis shared by every server.
#[derive(Clone)]
pub struct SharedLimits {
    redis: ConnectionManager,
    namespace: String,
    keys: TenantVault,
    timeout: Duration,
    cell: redis::Script,
    count: redis::Script,
}

impl std::fmt::Debug for SharedLimits {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SharedLimits")
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

/// Why shared limits could not start.
#[derive(Debug, thiserror::Error)]
#[error("Redis for shared rate limits: {0}")]
pub struct SharedLimitsError(#[from] redis::RedisError);

impl SharedLimits {
    /// Connects to Redis at `url` (`redis://host:port/db`, or `rediss://` for TLS); every key starts with
    /// `namespace` (deployments sharing a Redis keep apart); `keys` hashes every key before it leaves the process; a
    /// call that takes longer than `timeout` is judged locally.
    pub async fn connect(url: &str, namespace: &str, keys: TenantVault, timeout: Duration) -> Result<Self, SharedLimitsError> {
        let client = redis::Client::open(url)?;
        let config = ConnectionManagerConfig::new()
            .set_connection_timeout(Some(timeout.max(Duration::from_millis(500))))
            .set_response_timeout(Some(timeout))
            .set_number_of_retries(1);
        let redis = ConnectionManager::new_with_config(client, config).await?;
        Ok(Self {
            redis,
            namespace: namespace.to_owned(),
            keys,
            timeout,
            cell: redis::Script::new(CELL),
            count: redis::Script::new(COUNT),
        })
    }

    fn key(&self, kind: &str, key: &str) -> String {
        format!(
            "{}:limit:{kind}:{}",
            self.namespace,
            hex::encode(self.keys.hash(Field::RateLimitKey, key))
        )
    }

    /// Counts one call of `key` against `limit` for every server; `Ok` when Redis cannot say.
    pub async fn admit(&self, kind: &str, key: &str, limit: Limit) -> Result<(), Limited> {
        let calls = u64::from(limit.calls.max(1));
        let interval = (u64::try_from(limit.window.as_micros()).unwrap_or(u64::MAX) / calls).max(1);
        let tolerance = interval.saturating_mul(calls - 1);
        let mut redis = self.redis.clone();
        let mut invocation = self.cell.key(self.key(kind, key));
        invocation.arg(interval).arg(tolerance);
        let answer = invocation.invoke_async::<(u8, u64)>(&mut redis);
        match self.answer(kind, answer).await {
            Some((0, wait_micros)) => Err(Limited {
                retry_after_seconds: wait_micros.div_ceil(1_000_000).max(1),
            }),
            _ => Ok(()),
        }
    }

    /// Adds one to `key`'s count for `window` (from its first count); `None` when Redis cannot say.
    pub async fn add(&self, kind: &str, key: &str, window: Duration) -> Option<u32> {
        let mut redis = self.redis.clone();
        let millis = u64::try_from(window.as_millis()).unwrap_or(u64::MAX).max(1);
        let mut invocation = self.count.key(self.key(kind, key));
        invocation.arg(millis);
        let answer = invocation.invoke_async::<u32>(&mut redis);
        self.answer(kind, answer).await
    }

    /// `key`'s count (0 when it has none); `None` when Redis cannot say.
    pub async fn read(&self, kind: &str, key: &str) -> Option<u32> {
        let mut redis = self.redis.clone();
        let mut command = redis::cmd("GET");
        command.arg(self.key(kind, key));
        let answer = async move { command.query_async::<Option<u32>>(&mut redis).await };
        self.answer(kind, answer).await.map(Option::unwrap_or_default)
    }

    async fn answer<T>(&self, kind: &str, answer: impl Future<Output = redis::RedisResult<T>>) -> Option<T> {
        match tokio::time::timeout(self.timeout, answer).await {
            Ok(Ok(value)) => Some(value),
            Ok(Err(error)) => {
                tracing::warn!(%error, kind, "shared rate limit unavailable; judged by this server's limit alone");
                None
            }
            Err(_) => {
                tracing::warn!(kind, "shared rate limit timed out; judged by this server's limit alone");
                None
            }
        }
    }
}
