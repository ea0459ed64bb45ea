variable "name" {
  description = "Prefix of every resource name, e.g. cowin-production."
  type        = string
}

variable "alarm_emails" {
  description = "Addresses subscribed to the alarm topic (each must confirm the subscription e-mail)."
  type        = list(string)
  default     = []
}

variable "create_app_log_groups" {
  description = "Create the application's and WAF's log groups (false where only database alarms are wanted)."
  type        = bool
  default     = true
}

variable "logs_kms_key_arn" {
  description = "KMS key that encrypts the log groups; needed with create_app_log_groups."
  type        = string
  default     = null
}

variable "log_retention_days" {
  description = "Days application and WAF logs are kept."
  type        = number
  default     = 365
}

variable "alb" {
  description = "The load balancer to watch: ARN suffixes of the load balancer and its target group."
  type = object({
    arn_suffix              = string
    target_group_arn_suffix = string
  })
  default = null
}

variable "ecs" {
  description = "The ECS service to watch."
  type = object({
    cluster_name = string
    service_name = string
  })
  default = null
}

variable "databases" {
  description = "PostgreSQL clusters to watch, by cluster name."
  type = map(object({
    identifier           = string
    replica_identifiers  = list(string)
    allocated_storage_gb = number
  }))
  default = {}
}

variable "redis" {
  description = "Redis nodes to watch."
  type = object({
    node_ids = list(string)
  })
  default = null
}

variable "thresholds" {
  description = "Alarm thresholds."
  type = object({
    alb_5xx_percent           = optional(number, 1)
    response_time_p99_seconds = optional(number, 1.5)
    ecs_percent               = optional(number, 85)
    rds_cpu_percent           = optional(number, 80)
    rds_free_storage_percent  = optional(number, 10)
    rds_replica_lag_seconds   = optional(number, 60)
    redis_memory_percent      = optional(number, 75)
    redis_cpu_percent         = optional(number, 75)
  })
  default = {}
}

variable "tags" {
  description = "Tags for every resource."
  type        = map(string)
  default     = {}
}
