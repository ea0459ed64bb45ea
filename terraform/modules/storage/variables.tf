variable "name" {
  description = "Prefix of every resource name, e.g. cowin-production."
  type        = string
}

variable "noncurrent_version_days" {
  description = "Days a replaced or deleted object version is kept before it is removed."
  type        = number
  default     = 90

  validation {
    condition     = var.noncurrent_version_days >= 31
    error_message = "Keep old versions at least 31 days (the STANDARD_IA transition happens at 30)."
  }
}

variable "log_retention_days" {
  description = "Days S3 and load balancer access logs are kept."
  type        = number
  default     = 365

  validation {
    condition     = var.log_retention_days > 30
    error_message = "log_retention_days must exceed 30 (logs move to STANDARD_IA at 30 days)."
  }
}

variable "alb_logs_legacy_account" {
  description = "Also grant the regional Elastic Load Balancing account (regions opened before August 2022). Set false in newer regions, where the lookup fails."
  type        = bool
  default     = true
}

variable "create_access_key" {
  description = "Create the IAM user and access key the server signs S3 requests with (needed while the server uses static credentials)."
  type        = bool
  default     = true
}

variable "secrets_kms_key_arn" {
  description = "KMS key for the secret access key's secret."
  type        = string
}

variable "tags" {
  description = "Tags for every resource."
  type        = map(string)
  default     = {}
}
