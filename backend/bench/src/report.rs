//! Latency summaries and the results file.

use std::fs;
use std::path::Path;
use std::time::Duration;

/// p50/p95/max of a set of durations, in milliseconds.
pub(crate) fn summary(samples: &mut [Duration]) -> String {
    format!(
        "p50 {:.1} ms, p95 {:.1} ms, max {:.1} ms",
        percentile(samples, 0.5),
        percentile(samples, 0.95),
        percentile(samples, 1.0)
    )
}

/// The `fraction` percentile of `samples` (sorted here), in milliseconds.
pub(crate) fn percentile(samples: &mut [Duration], fraction: f64) -> f64 {
    samples.sort();
    let index = ((samples.len() as f64 - 1.0) * fraction).round() as usize;
    samples.get(index).map_or(0.0, |d| d.as_secs_f64() * 1000.0)
}

/// The row saying what share of the same-statements baseline the server reached, against `min_share`.
pub(crate) fn share_row(share: f64, min_share: f64) -> String {
    format!(
        "| the server's share of the same-statements figure | {:.0}% — {} (target ≥ {:.0}%) | |",
        100.0 * share,
        verdict(share >= min_share),
        100.0 * min_share,
    )
}

/// The command that reproduces a section, then the head of its table: `columns` and the row under them.
pub(crate) fn table_head(section: &mut String, command: &str, columns: &[&str]) -> std::fmt::Result {
    use std::fmt::Write as _;
    writeln!(section, "Command: {command}")?;
    writeln!(section)?;
    writeln!(section, "| {} |", columns.join(" | "))?;
    writeln!(section, "|{}", "---|".repeat(columns.len()))
}

/// How a row says whether it met its target.
pub(crate) fn verdict(met: bool) -> &'static str {
    if met { "target met" } else { "TARGET MISSED" }
}

/// Milliseconds, one decimal.
pub(crate) fn millis(duration: Duration) -> String {
    format!("{:.1} ms", duration.as_secs_f64() * 1000.0)
}

/// Replaces the text between `<!-- name:start -->` and `<!-- name:end -->` in `file`, appending the section
/// if it is not there yet, so each benchmark owns its section and the others are kept.
pub(crate) fn write_section(file: &Path, name: &str, body: &str) -> std::io::Result<()> {
    let start = format!("<!-- {name}:start -->");
    let end = format!("<!-- {name}:end -->");
    let current = fs::read_to_string(file)
        .unwrap_or_else(|_| "# Benchmarks\n\nNumbers written by `cowin-bench`; see README.md for how to run them.\n".to_owned());
    let section = format!("{start}\n{}\n{end}", body.trim_end());
    let updated = match (current.find(&start), current.find(&end)) {
        (Some(from), Some(to)) if from < to => format!("{}{section}{}", &current[..from], &current[to + end.len()..]),
        _ => format!("{}\n{section}\n", current.trim_end()),
    };
    fs::write(file, updated)
}

/// Where and on what a benchmark ran: the date, the cores, the commit (marked `+changes` when the tree differs from
/// it), PostgreSQL's version and the durability settings the numbers depend on.
pub(crate) async fn run_context(db: &sea_orm::DatabaseConnection) -> anyhow::Result<String> {
    use sea_orm::{ConnectionTrait, DbBackend, Statement};
    let setting = |name: &'static str| async move {
        let row = db
            .query_one_raw(Statement::from_string(
                DbBackend::Postgres,
                format!("SELECT current_setting('{name}') AS v"),
            ))
            .await?
            .ok_or_else(|| anyhow::anyhow!("no {name}"))?;
        anyhow::Ok(row.try_get::<String>("", "v")?)
    };
    let git = |args: &[&str]| {
        std::process::Command::new("git")
            .args(args)
            .output()
            .ok()
            .map(|output| String::from_utf8_lossy(&output.stdout).trim().to_owned())
            .unwrap_or_default()
    };
    let commit = git(&["rev-parse", "--short", "HEAD"]);
    // The results file is rewritten by every benchmark, so it alone does not make the code measured differ from the commit.
    let changed = if git(&["status", "--porcelain", "--untracked-files=no", "--", ".", ":!BENCHMARKS.md"]).is_empty() {
        ""
    } else {
        " +changes"
    };
    Ok(format!(
        "Measured {} on {} cores at commit `{commit}{changed}`; PostgreSQL {} on the same machine (fsync {}, synchronous_commit {}).",
        chrono::Utc::now().format("%Y-%m-%d %H:%M UTC"),
        std::thread::available_parallelism().map_or(0, usize::from),
        setting("server_version").await?,
        setting("fsync").await?,
        setting("synchronous_commit").await?,
    ))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_table_head_is_the_command_a_blank_line_the_columns_and_a_rule_under_each() {
        let mut section = String::new();
        super::table_head(&mut section, "`cowin-bench doses` (part of `make bench`).", &["what", "result"]).unwrap();
        assert_eq!(
            section,
            "Command: `cowin-bench doses` (part of `make bench`).\n\n| what | result |\n|---|---|\n"
        );
    }
}
