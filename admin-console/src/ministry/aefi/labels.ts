/** Message ids of AEFI severities, outcomes and reporters (written out so the message test sees them). */
export const SEVERITY_LABELS: Readonly<Record<string, string>> = {
  mild: 'console-ministry-aefi-severity-mild',
  moderate: 'console-ministry-aefi-severity-moderate',
  severe: 'console-ministry-aefi-severity-severe',
  serious: 'console-ministry-aefi-severity-serious',
};

export const SEVERITY_COLOURS: Readonly<Record<string, string>> = {
  mild: 'gray',
  moderate: 'yellow',
  severe: 'orange',
  serious: 'red',
};

export const OUTCOME_LABELS: Readonly<Record<string, string>> = {
  recovered: 'console-ministry-aefi-outcome-recovered',
  recovering: 'console-ministry-aefi-outcome-recovering',
  not_recovered: 'console-ministry-aefi-outcome-not-recovered',
  fatal: 'console-ministry-aefi-outcome-fatal',
  unknown: 'console-ministry-aefi-outcome-unknown',
};

export const REPORTER_LABELS: Readonly<Record<string, string>> = {
  staff: 'console-ministry-aefi-reported-by-staff',
  citizen: 'console-ministry-aefi-reported-by-citizen',
};
