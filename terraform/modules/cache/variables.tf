variable "name" {
  description = "Prefix of every resource name, e.g. cowin-production."
  type        = string
}

variable "vpc_id" {
  description = "VPC of the replication group."
  type        = string
}

variable "subnet_ids" {
  description = "Data-tier subnets, one per availability zone."
  type        = list(string)
}

variable "allowed_security_group_ids" {
  description = "Security groups allowed to connect (the application tasks)."
  type        = list(string)
}

variable "engine_version" {
  description = "Redis engine version."
  type        = string
  default     = "7.1"
}

variable "parameter_group_name" {
  description = "Parameter group; the default suits rate-limit counters (keys expire on their own)."
  type        = string
  default     = "default.redis7"
}

variable "node_type" {
  description = "Node type. Rate-limit counters are small; memory matters less than network and one fast core."
  type        = string
  default     = "cache.r7g.large"
}

variable "replica_count" {
  description = "Replicas besides the primary, each in another zone (1-5). Failover needs at least one."
  type        = number
  default     = 2

  validation {
    condition     = var.replica_count >= 1 && var.replica_count <= 5
    error_message = "replica_count must be between 1 and 5 (automatic failover needs a replica)."
  }
}

variable "auth_token" {
  description = "Redis AUTH token (from the secrets module)."
  type        = string
  sensitive   = true
}

variable "snapshot_retention_days" {
  description = "Days of daily snapshots (at least 1)."
  type        = number
  default     = 1

  validation {
    condition     = var.snapshot_retention_days >= 1
    error_message = "Keep at least one daily snapshot."
  }
}

variable "snapshot_window" {
  description = "Daily snapshot window (UTC)."
  type        = string
  default     = "19:00-20:00"
}

variable "maintenance_window" {
  description = "Weekly maintenance window (UTC)."
  type        = string
  default     = "sun:22:30-sun:23:30"
}

variable "logs_kms_key_arn" {
  description = "KMS key that encrypts the Redis log groups."
  type        = string
}

variable "log_retention_days" {
  description = "Days Redis logs are kept."
  type        = number
  default     = 365
}

variable "tags" {
  description = "Tags for every resource."
  type        = map(string)
  default     = {}
}
