//! `cowin licence keygen`: a new NHA licensing key. The private key goes to a file only its owner can read;
//! the public key is printed for building into the binary (`COWIN_NHA_LICENSING_KEYS`).

use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use cowin_licence::NhaSigningKey;

pub(super) fn run(out: &Path) -> anyhow::Result<ExitCode> {
    anyhow::ensure!(!out.exists(), "{} exists; a licensing key is never overwritten", out.display());
    let key = NhaSigningKey::generate();
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(out).with_context(|| format!("cannot create {}", out.display()))?;
    file.write_all(key.to_pem()?.as_bytes())?;
    println!("private key written to {} (keep it offline)", out.display());
    println!("public key: {}", key.public().to_text());
    Ok(ExitCode::SUCCESS)
}
