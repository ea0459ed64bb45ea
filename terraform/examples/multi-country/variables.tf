variable "image_tag" {
  description = "Tag of the cowin image pushed to the deployment's ECR repository."
  type        = string
}

variable "migrate_image_tag" {
  description = "Tag the one-off tasks run (set to the new tag before a rollout; null: image_tag)."
  type        = string
  default     = null
}

variable "run_service" {
  description = "False for the very first apply (no image pushed, no master key yet)."
  type        = bool
  default     = true
}

variable "serve_external_dns" {
  description = "Route the host names of countries whose DNS the ministries run (after they have published the validation records)."
  type        = bool
  default     = false
}

variable "cowin_gov_in_zone_id" {
  description = "Route 53 zone of cowin.gov.in in this account."
  type        = string
}

variable "nha_office_cidrs" {
  description = "NHA's networks, the only sources allowed to reach /platform/api/."
  type        = list(string)
  default     = []
}

variable "sms_authorization_secret_arn" {
  description = "Secret (created by the operator) holding the SMS gateway's Authorization header."
  type        = string
  default     = null
}

variable "sms_authorization_kms_key_arn" {
  description = "KMS key of that secret."
  type        = string
  default     = null
}

variable "alarm_emails" {
  description = "Who is told when an alarm fires (in both regions)."
  type        = list(string)
  default     = []
}
