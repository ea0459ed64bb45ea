//! The `cowin` server as a library, so integration tests and benchmarks start exactly what `main` starts.

pub mod application;
pub mod commands;
pub mod settings;
pub mod telemetry;

pub use application::Application;
pub use settings::Settings;
