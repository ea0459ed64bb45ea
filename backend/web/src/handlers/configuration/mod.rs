//! A ministry administrator's configuration: read it, change it (checked like `cowin tenant check`, applied as a new
//! version), export it as the tenant folder.

pub(crate) mod export;
pub(crate) mod preview;
pub(crate) mod read;
pub(crate) mod save;
