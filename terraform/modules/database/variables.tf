variable "name_prefix" {
  description = "Prefix of every resource name, e.g. cowin-production."
  type        = string
}

variable "cluster_name" {
  description = "Name of the cluster as the platform knows it (lower case letters, digits, single underscores), e.g. main or in_resident."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$", var.cluster_name)) && length(var.cluster_name) <= 20
    error_message = "cluster_name: lower case letters and digits, single underscores between them, at most 20 characters."
  }
}

variable "vpc_id" {
  description = "VPC of the instance."
  type        = string
}

variable "subnet_ids" {
  description = "Data-tier subnets, one per availability zone (at least two, for Multi-AZ)."
  type        = list(string)

  validation {
    condition     = length(var.subnet_ids) >= 2
    error_message = "A Multi-AZ instance needs subnets in at least two availability zones."
  }
}

variable "allowed_security_group_ids" {
  description = "Security groups allowed to connect (the application tasks)."
  type        = list(string)
  default     = []
}

variable "allowed_cidr_blocks" {
  description = "Address ranges allowed to connect, for clients in peered VPCs of other regions."
  type        = list(string)
  default     = []
}

variable "postgres_major_version" {
  description = "PostgreSQL major version; RDS picks the newest minor and upgrades minors in the maintenance window."
  type        = string
  default     = "16"

  validation {
    condition     = contains(["15", "16", "17"], var.postgres_major_version)
    error_message = "postgres_major_version must be 15, 16 or 17 (the versions the migrations are tested on are 15 and later)."
  }
}

variable "instance_class" {
  description = "Instance class of the primary (and its standby)."
  type        = string
  default     = "db.r6g.large"
}

variable "replica_instance_class" {
  description = "Instance class of the read replicas; null: as the primary."
  type        = string
  default     = null
}

variable "read_replica_count" {
  description = "Read replicas in the same region (0-5)."
  type        = number
  default     = 0

  validation {
    condition     = var.read_replica_count >= 0 && var.read_replica_count <= 5
    error_message = "read_replica_count must be between 0 and 5."
  }
}

variable "allocated_storage_gb" {
  description = "Initial storage, GiB."
  type        = number
  default     = 100
}

variable "max_allocated_storage_gb" {
  description = "Ceiling for storage autoscaling, GiB."
  type        = number
  default     = 1000
}

variable "database_name" {
  description = "Database holding the platform schema and the tenant schemas placed on this cluster."
  type        = string
  default     = "cowin"
}

variable "master_username" {
  description = "Master user the server connects as (it creates and migrates tenant schemas, so it owns them)."
  type        = string
  default     = "cowin"
}

variable "multi_az" {
  description = "Synchronous standby in another zone with automatic failover. Keep true outside throwaway environments."
  type        = bool
  default     = true
}

variable "iam_database_authentication" {
  description = "Allow IAM authentication tokens besides the password (for operators' psql sessions without a shared password)."
  type        = bool
  default     = true
}

variable "backup_retention_days" {
  description = "Days of automated backups (point-in-time recovery), 7 to 35."
  type        = number
  default     = 14

  validation {
    condition     = var.backup_retention_days >= 7 && var.backup_retention_days <= 35
    error_message = "backup_retention_days must be between 7 and 35."
  }
}

variable "backup_window" {
  description = "Daily backup window (UTC), outside the vaccination day of the countries on this cluster."
  type        = string
  default     = "20:00-21:00"
}

variable "maintenance_window" {
  description = "Weekly maintenance window (UTC); must not overlap the backup window."
  type        = string
  default     = "sun:21:30-sun:22:30"
}

variable "deletion_protection" {
  description = "Refuse deletion of the instance until this is turned off."
  type        = bool
  default     = true
}

variable "performance_insights_retention_days" {
  description = "Days of Performance Insights history: 7 (free) or a multiple of 31 up to 731."
  type        = number
  default     = 7

  validation {
    condition     = var.performance_insights_retention_days == 7 || (var.performance_insights_retention_days % 31 == 0 && var.performance_insights_retention_days <= 731)
    error_message = "performance_insights_retention_days must be 7 or a multiple of 31 up to 731."
  }
}

variable "monitoring_interval_seconds" {
  description = "Enhanced monitoring interval (1, 5, 10, 15, 30 or 60 seconds)."
  type        = number
  default     = 30

  validation {
    condition     = contains([1, 5, 10, 15, 30, 60], var.monitoring_interval_seconds)
    error_message = "monitoring_interval_seconds must be one of 1, 5, 10, 15, 30, 60."
  }
}

variable "ssl_mode" {
  description = "sslmode of the connection URL. verify-full needs the RDS CA bundle in the image at ca_bundle_path."
  type        = string
  default     = "verify-full"

  validation {
    condition     = contains(["require", "verify-ca", "verify-full"], var.ssl_mode)
    error_message = "ssl_mode must be require, verify-ca or verify-full."
  }
}

variable "ca_bundle_path" {
  description = "Path of the RDS CA bundle inside the container image (see the Dockerfile)."
  type        = string
  default     = "/etc/ssl/certs/rds-global-bundle.pem"
}

variable "logs_kms_key_arn" {
  description = "KMS key that encrypts the exported PostgreSQL log groups (in this module's region)."
  type        = string
}

variable "log_retention_days" {
  description = "Days the exported PostgreSQL logs are kept."
  type        = number
  default     = 365
}

variable "tags" {
  description = "Tags for every resource."
  type        = map(string)
  default     = {}
}
