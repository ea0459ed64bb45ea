//! Logging and tracing set-up: log lines to standard error, and, when `traces.otlp_endpoint` is set, spans to an
//! OpenTelemetry collector over OTLP/HTTP (JSON encoding; the exporter is the OpenTelemetry project's own).

use opentelemetry::trace::TracerProvider as _;
use opentelemetry_otlp::{Protocol, WithExportConfig as _};
use opentelemetry_sdk::trace::{BatchConfigBuilder, BatchSpanProcessor, Sampler, SdkTracerProvider};
use tracing_subscriber::layer::SubscriberExt as _;
use tracing_subscriber::util::SubscriberInitExt as _;
use tracing_subscriber::{EnvFilter, Layer as _};

use crate::settings::{LogFormat, LogSettings, TraceSettings};

/// The trace exporter, while it runs; [`Telemetry::shutdown`] sends what is left.
#[derive(Debug, Default)]
pub struct Telemetry {
    traces: Option<SdkTracerProvider>,
}

impl Telemetry {
    /// Sends the spans not yet exported and stops the exporter.
    pub fn shutdown(self) {
        if let Some(traces) = self.traces
            && let Err(error) = traces.shutdown()
        {
            tracing::warn!(%error, "the last traces could not be sent");
        }
    }
}

/// The trace exporter `settings` ask for, if any.
fn tracer_provider(settings: &TraceSettings) -> anyhow::Result<Option<SdkTracerProvider>> {
    if settings.otlp_endpoint.is_empty() {
        return Ok(None);
    }
    let exporter = opentelemetry_otlp::SpanExporter::builder()
        .with_http()
        .with_protocol(Protocol::HttpJson)
        .with_endpoint(&settings.otlp_endpoint)
        .build()?;
    let batches = BatchConfigBuilder::default()
        .with_scheduled_delay(std::time::Duration::from_millis(settings.export_interval_ms.max(10)))
        .build();
    let resource = opentelemetry_sdk::Resource::builder()
        .with_service_name(settings.service_name.clone())
        .build();
    let sampler = Sampler::ParentBased(Box::new(Sampler::TraceIdRatioBased(settings.sample_ratio.clamp(0.0, 1.0))));
    Ok(Some(
        SdkTracerProvider::builder()
            .with_span_processor(BatchSpanProcessor::builder(exporter).with_batch_config(batches).build())
            .with_sampler(sampler)
            .with_resource(resource)
            .build(),
    ))
}

/// Installs the global subscriber: `RUST_LOG` if set, else the configured filter; and the trace exporter if
/// configured.
pub fn init(log: &LogSettings, traces: &TraceSettings) -> anyhow::Result<Telemetry> {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(&log.filter));
    // Colours only for a person at a terminal; escape codes cost time and clutter files and log pipelines.
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let lines = tracing_subscriber::fmt::layer().with_writer(std::io::stderr).with_ansi(ansi);
    let lines = match log.format {
        LogFormat::Json => lines.json().flatten_event(true).boxed(),
        LogFormat::Pretty => lines.compact().boxed(),
    };
    // The exporter's HTTP client is reqwest's blocking one (the batch processor sends from a thread of its own, with no
    // Tokio runtime); it is built on a plain thread because a blocking client may not be made inside the runtime.
    let provider = std::thread::scope(|scope| scope.spawn(|| tracer_provider(traces)).join())
        .map_err(|_| anyhow::anyhow!("the trace exporter could not be built"))??;
    let spans = provider
        .as_ref()
        .map(|provider| tracing_opentelemetry::layer().with_tracer(provider.tracer("cowin")));
    // A second initialisation (tests that build several applications) is harmless, so its error is ignored.
    let _ = tracing_subscriber::registry().with(filter).with(lines).with(spans).try_init();
    Ok(Telemetry { traces: provider })
}
