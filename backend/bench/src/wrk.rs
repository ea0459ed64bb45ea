//! Running wrk and reading its report.

use std::process::Command;

use anyhow::Context;

/// What one wrk run measured.
#[derive(Debug, Clone)]
pub(crate) struct LoadResult {
    /// Requests completed.
    pub(crate) requests: u64,
    /// Requests per second over the run.
    pub(crate) requests_per_second: f64,
    /// Latency percentiles, milliseconds: 50, 90, 99.
    pub(crate) p50_ms: f64,
    pub(crate) p90_ms: f64,
    pub(crate) p99_ms: f64,
    /// Non-2xx responses and socket errors (must be none).
    pub(crate) failures: u64,
}

impl LoadResult {
    /// `21,345 req/s, p50 1.2 ms, p90 2.3 ms, p99 4.5 ms`.
    pub(crate) fn describe(&self) -> String {
        format!(
            "{} req/s, p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms{}",
            group_thousands(self.requests_per_second),
            self.p50_ms,
            self.p90_ms,
            self.p99_ms,
            if self.failures > 0 {
                format!(", {} FAILED", self.failures)
            } else {
                String::new()
            }
        )
    }
}

fn group_thousands(value: f64) -> String {
    let digits = format!("{value:.0}");
    let mut grouped = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped
}

/// wrk prints latencies as `1.23ms`, `456.78us`, `1.20s`.
fn milliseconds(text: &str) -> Option<f64> {
    let (number, unit) = text.split_at(text.find(|c: char| c.is_ascii_alphabetic())?);
    let value: f64 = number.parse().ok()?;
    Some(match unit {
        "us" => value / 1000.0,
        "ms" => value,
        "s" => value * 1000.0,
        "m" => value * 60_000.0,
        _ => return None,
    })
}

/// Runs `wrk` against `url` with `connections` connections for `seconds`, with optional headers.
pub(crate) fn run(url: &str, connections: u32, seconds: u32, headers: &[&str]) -> anyhow::Result<LoadResult> {
    let mut arguments = Vec::new();
    for header in headers {
        arguments.extend(["-H".into(), (*header).into()]);
    }
    arguments.push(url.into());
    measure(connections, seconds, arguments)
}

/// One request of a rotation: its path and its headers.
pub(crate) type Request = (String, Vec<(&'static str, String)>);

/// Runs `wrk` against the server at `base`, each request one of `requests` picked at random (so a cache sees as many
/// keys as there are requests).
pub(crate) fn run_rotating(base: &str, connections: u32, seconds: u32, requests: &[Request]) -> anyhow::Result<LoadResult> {
    let lua = |text: &str| format!("{text:?}");
    let entries: Vec<String> = requests
        .iter()
        .map(|(path, headers)| {
            let headers: Vec<String> = headers
                .iter()
                .map(|(name, value)| format!("[{}] = {}", lua(name), lua(value)))
                .collect();
            format!("  {{ {}, {{ {} }} }}", lua(path), headers.join(", "))
        })
        .collect();
    let script = tempfile::NamedTempFile::new()?;
    std::fs::write(
        script.path(),
        format!(
            "local requests = {{\n{}\n}}\nrequest = function()\n  local r = requests[math.random(#requests)]\n  return wrk.format(\"GET\", r[1], r[2])\nend\n",
            entries.join(",\n")
        ),
    )?;
    measure(connections, seconds, vec!["-s".into(), script.path().into(), base.into()])
}

/// Runs `wrk` POSTing `body` (any bytes) as `content_type` to `url`.
pub(crate) fn run_post(url: &str, connections: u32, seconds: u32, content_type: &str, body: &[u8]) -> anyhow::Result<LoadResult> {
    // A Lua string of decimal escapes carries any bytes, a zipped credential's too.
    let escaped: String = body.iter().map(|byte| format!("\\{byte}")).collect();
    let script = tempfile::NamedTempFile::new()?;
    std::fs::write(
        script.path(),
        format!("wrk.method = \"POST\"\nwrk.body = \"{escaped}\"\nwrk.headers[\"Content-Type\"] = {content_type:?}\n"),
    )?;
    measure(connections, seconds, vec!["-s".into(), script.path().into(), url.into()])
}

/// Runs `wrk` with the Lua `script` against `base`, passing `script_args` to the script's `init`.
pub(crate) fn run_script(
    base: &str,
    connections: u32,
    seconds: u32,
    script: &std::path::Path,
    script_args: &[&str],
) -> anyhow::Result<LoadResult> {
    let mut arguments: Vec<std::ffi::OsString> = vec!["-s".into(), script.into(), base.into()];
    if !script_args.is_empty() {
        arguments.push("--".into());
        arguments.extend(script_args.iter().map(Into::into));
    }
    measure(connections, seconds, arguments)
}

/// `lines` written to a file, one per line, for a wrk script to read with [`lua_lines`] (a Lua table of more than
/// 65,536 constants cannot be loaded, and a run takes hundreds of thousands of distinct requests).
pub(crate) fn data_file(lines: impl IntoIterator<Item = String>) -> anyhow::Result<tempfile::NamedTempFile> {
    use std::io::Write as _;
    let file = tempfile::NamedTempFile::new()?;
    let mut out = std::io::BufWriter::new(file.as_file());
    for line in lines {
        writeln!(out, "{line}")?;
    }
    out.flush()?;
    drop(out);
    Ok(file)
}

/// A Lua expression: the lines of `file` as a table of strings.
pub(crate) fn lua_lines(file: &tempfile::NamedTempFile) -> String {
    format!(
        "(function() local lines = {{}}; for line in io.lines({:?}) do lines[#lines + 1] = line end; return lines end)()",
        file.path().display().to_string()
    )
}

/// wrk's report of a run with `arguments` after its options.
fn measure(connections: u32, seconds: u32, arguments: Vec<std::ffi::OsString>) -> anyhow::Result<LoadResult> {
    let output = Command::new("wrk")
        .args(["-t", "2", "-c", &connections.to_string(), "-d", &format!("{seconds}s"), "--latency"])
        .args(arguments)
        .output()
        .context("wrk must be installed (scripts/ensure-bench-tools.sh)")?;
    let report = String::from_utf8_lossy(&output.stdout).into_owned();
    anyhow::ensure!(
        output.status.success(),
        "wrk failed: {report} {}",
        String::from_utf8_lossy(&output.stderr)
    );
    Ok(parse(&report))
}

/// Reads wrk's report (with `--latency`).
pub(crate) fn parse(report: &str) -> LoadResult {
    let mut result = LoadResult {
        requests: 0,
        requests_per_second: 0.0,
        p50_ms: 0.0,
        p90_ms: 0.0,
        p99_ms: 0.0,
        failures: 0,
    };
    for line in report.lines().map(str::trim) {
        let words: Vec<&str> = line.split_whitespace().collect();
        match words.as_slice() {
            [count, "requests", "in", ..] => result.requests = count.parse().unwrap_or(0),
            ["Requests/sec:", value] => result.requests_per_second = value.parse().unwrap_or(0.0),
            ["50%", value] => result.p50_ms = milliseconds(value).unwrap_or(f64::NAN),
            ["90%", value] => result.p90_ms = milliseconds(value).unwrap_or(f64::NAN),
            ["99%", value] => result.p99_ms = milliseconds(value).unwrap_or(f64::NAN),
            ["Non-2xx", "or", "3xx", "responses:", count] => result.failures += count.parse::<u64>().unwrap_or(1),
            ["Socket", "errors:", ..] => {
                result.failures += words
                    .iter()
                    .filter_map(|w| w.trim_end_matches(',').parse::<u64>().ok())
                    .sum::<u64>();
            }
            _ => {}
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_wrk_units_and_groups_thousands() {
        assert_eq!(milliseconds("456.00us"), Some(0.456));
        assert_eq!(milliseconds("1.50ms"), Some(1.5));
        assert_eq!(milliseconds("1.20s"), Some(1200.0));
        assert_eq!(group_thousands(21345.4), "21,345");
        assert_eq!(group_thousands(512.0), "512");
    }
}
