variable "region" {
  description = "AWS region of the deployment."
  type        = string
  default     = "ap-south-1"
}

variable "availability_zones" {
  description = "Zones of the region to spread over (Mumbai's three by default)."
  type        = list(string)
  default     = ["ap-south-1a", "ap-south-1b", "ap-south-1c"]
}

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

variable "serve_lk" {
  description = "Route Sri Lanka's host name (true once the ministry has published the certificate validation records)."
  type        = bool
  default     = false
}

variable "nha_route53_zone_id" {
  description = "Route 53 zone of nha.gov.in names in this account."
  type        = string
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
  description = "Who is told when an alarm fires."
  type        = list(string)
  default     = []
}
