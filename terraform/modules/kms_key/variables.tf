variable "name" {
  description = "Alias of the key (without the alias/ prefix), e.g. cowin-production-logs."
  type        = string
}

variable "description" {
  description = "What the key protects; shown in the KMS console."
  type        = string
}

variable "allow_cloudwatch_logs" {
  description = "Let CloudWatch Logs of this account and region encrypt log groups with the key."
  type        = bool
  default     = false
}

variable "service_principals" {
  description = "Service principals (e.g. cloudwatch.amazonaws.com) that may use the key for this account's resources."
  type        = list(string)
  default     = []
}

variable "deletion_window_in_days" {
  description = "Days a deleted key can still be recovered. Deleting a key makes everything it encrypted unreadable."
  type        = number
  default     = 30

  validation {
    condition     = var.deletion_window_in_days >= 7 && var.deletion_window_in_days <= 30
    error_message = "KMS allows a deletion window of 7 to 30 days."
  }
}

variable "tags" {
  description = "Tags for the key."
  type        = map(string)
  default     = {}
}
