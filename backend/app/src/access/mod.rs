//! Who may do what: the actions of staff and NHA, and the casbin policy (RBAC with domains) that says which roles
//! may perform them. The doors ask the policy in one place each (the web's `Staff<A>` and `Nha<A>` extractors).

pub mod policy;

pub use policy::{Domain, Policy, PolicyError};

/// An action a staff endpoint performs: a casbin object and act.
pub trait Action {
    /// casbin object.
    const OBJECT: &'static str;
    /// casbin act.
    const ACT: &'static str;
}

macro_rules! actions {
    ($($(#[$doc:meta])* $name:ident => ($object:literal, $act:literal),)+) => {
        $(
            $(#[$doc])*
            #[derive(Debug)]
            pub struct $name;
            impl Action for $name {
                const OBJECT: &'static str = $object;
                const ACT: &'static str = $act;
            }
        )+
    };
}

actions! {
    /// See one's own staff profile.
    ReadStaff => ("staff", "read"),
    /// Invite staff.
    InviteStaff => ("staff", "invite"),
    /// Disable and re-enable staff.
    ManageStaff => ("staff", "manage"),
    /// See a facility's appointments of the day.
    ReadDesk => ("desk", "read"),
    /// Identify a beneficiary at the desk.
    VerifyBeneficiary => ("desk", "verify"),
    /// Register a walk-in beneficiary.
    RegisterWalkIn => ("desk", "register"),
    /// Record a dose.
    RecordDose => ("dose", "record"),
    /// List the facilities one works at.
    ReadFacility => ("facility", "read"),
    /// Create and change facilities.
    WriteFacility => ("facility", "write"),
    /// List the sessions of one's facilities.
    ReadSession => ("session", "read"),
    /// Publish and change sessions.
    WriteSession => ("session", "write"),
    /// Report an adverse event.
    ReportAefi => ("aefi", "report"),
    /// List adverse events.
    ReadAefi => ("aefi", "read"),
    /// Correct beneficiaries and doses.
    Correct => ("correction", "write"),
    /// Read the correction trail.
    ReadCorrections => ("correction", "read"),
    /// Read the campaign's reports (doses by day, area, vaccine; coverage).
    ReadReports => ("report", "read"),
    /// Read, change, preview and export the country's configuration (the parts the licence does not fix).
    ManageConfiguration => ("configuration", "write"),
    /// Read the tenant's own entries of the audit log.
    ReadTenantAudit => ("audit", "read"),
    /// NHA: onboard, suspend, resume and offboard tenants; see their licences and usage.
    ManageTenants => ("tenant", "manage"),
    /// NHA: read the platform's audit log.
    ReadPlatformAudit => ("audit", "read"),
    /// NHA: see one's own administrator profile.
    ReadNhaProfile => ("profile", "read"),
}

/// The role every NHA administrator holds.
pub const NHA_ADMIN: &str = "nha_admin";
