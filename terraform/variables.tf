# ---------------------------------------------------------------------------------------------------------
# Naming

variable "name" {
  description = "Short name of the platform; the first part of every resource name."
  type        = string
  default     = "cowin"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,11}$", var.name))
    error_message = "name: 2-12 lower-case letters, digits and hyphens, starting with a letter."
  }
}

variable "environment" {
  description = "Environment, e.g. production or staging; the second part of every resource name."
  type        = string
  default     = "production"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,11}$", var.environment))
    error_message = "environment: 2-12 lower-case letters, digits and hyphens, starting with a letter."
  }
}

variable "deployment_id" {
  description = "This deployment's id as NHA's licences name it (licence.deployment_id), e.g. nha-cloud-1."
  type        = string

  validation {
    condition     = length(var.deployment_id) > 0 && var.deployment_id != "development"
    error_message = "deployment_id must be set, and not to the development id."
  }
}

variable "tags" {
  description = "Extra tags for every resource (the examples also set provider default_tags)."
  type        = map(string)
  default     = {}
}

# ---------------------------------------------------------------------------------------------------------
# Network

variable "vpc_cidr" {
  description = "Address range of the VPC (/16 or larger). Must not overlap a peered VPC (another region's cluster)."
  type        = string
  default     = "10.40.0.0/16"
}

variable "availability_zones" {
  description = "Names of the 2 or 3 availability zones to spread over, e.g. [\"ap-south-1a\", \"ap-south-1b\", \"ap-south-1c\"]. Named rather than derived so the set never shifts under the subnets; append only."
  type        = list(string)

  validation {
    condition     = length(var.availability_zones) >= 2 && length(var.availability_zones) <= 3
    error_message = "Name 2 or 3 availability zones."
  }
}

variable "single_nat_gateway" {
  description = "One NAT gateway instead of one per zone (cheaper, for staging)."
  type        = bool
  default     = false
}

# ---------------------------------------------------------------------------------------------------------
# PostgreSQL

variable "database_clusters" {
  description = <<-EOT
    PostgreSQL clusters in this region, by name (the name the platform places a country's schema on; lower case
    letters, digits, single underscores). Exactly one has platform = true, and it is named main: it holds the
    platform schema and is COWIN_DATABASE__URL. Each is a Multi-AZ RDS instance with its own KMS key.
  EOT
  type = map(object({
    platform                            = optional(bool, false)
    instance_class                      = optional(string, "db.r6g.large")
    postgres_major_version              = optional(string, "16")
    allocated_storage_gb                = optional(number, 100)
    max_allocated_storage_gb            = optional(number, 1000)
    backup_retention_days               = optional(number, 14)
    read_replica_count                  = optional(number, 0)
    replica_instance_class              = optional(string)
    iam_authentication                  = optional(bool, true)
    multi_az                            = optional(bool, true)
    performance_insights_retention_days = optional(number, 7)
    monitoring_interval_seconds         = optional(number, 30)
    backup_window                       = optional(string, "20:00-21:00")
    maintenance_window                  = optional(string, "sun:21:30-sun:22:30")
  }))
  default = { main = { platform = true } }

  validation {
    condition     = length([for cluster in values(var.database_clusters) : cluster if cluster.platform]) == 1
    error_message = "Exactly one database cluster must have platform = true."
  }

  validation {
    condition     = alltrue([for name, cluster in var.database_clusters : cluster.platform == (name == "main")])
    error_message = "The platform cluster is named main (the server's name for the cluster of COWIN_DATABASE__URL), and only it."
  }

  validation {
    condition     = alltrue([for name in keys(var.database_clusters) : can(regex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$", name)) && length(name) <= 20])
    error_message = "Cluster names: lower-case letters and digits with single underscores, at most 20 characters."
  }

  validation {
    condition     = alltrue([for cluster in values(var.database_clusters) : cluster.backup_retention_days >= 7 && cluster.backup_retention_days <= 35])
    error_message = "backup_retention_days must be between 7 and 35 for every cluster."
  }
}

variable "external_database_clusters" {
  description = <<-EOT
    PostgreSQL clusters managed outside this module (typically the database module instantiated in a country's
    own region for data residency, see examples/multi-country), by name: the secret with the URL, the KMS key of
    that secret, and the address ranges the tasks must reach (the peered VPC).
  EOT
  type = map(object({
    url_secret_arn = string
    kms_key_arn    = string
    cidr_blocks    = list(string)
  }))
  default = {}
}

variable "database_max_connections" {
  description = "Pool size of each task per cluster (database.max_connections). Tasks x pool must stay under the instance's max_connections."
  type        = number
  default     = 32
}

# ---------------------------------------------------------------------------------------------------------
# Redis

variable "redis_node_type" {
  description = "ElastiCache node type of the rate-limit store."
  type        = string
  default     = "cache.r7g.large"
}

variable "redis_replica_count" {
  description = "Redis replicas besides the primary (each in another zone)."
  type        = number
  default     = 2
}

# ---------------------------------------------------------------------------------------------------------
# Application

variable "image_tag" {
  description = "Tag of the cowin image in this deployment's ECR repository (immutable; e.g. the git commit)."
  type        = string

  validation {
    condition     = length(var.image_tag) > 0 && var.image_tag != "latest"
    error_message = "Name an immutable tag (e.g. the commit), not latest."
  }
}

variable "migrate_image_tag" {
  description = "Tag the one-off tasks (migrate, admin, other commands) run; null: image_tag. A rollout sets it to the new tag, runs cowin migrate, then sets image_tag."
  type        = string
  default     = null
}

variable "cpu_architecture" {
  description = "X86_64 or ARM64, as the image was built."
  type        = string
  default     = "X86_64"
}

variable "task_cpu" {
  description = "CPU units per serving task (1024 = one vCPU)."
  type        = number
  default     = 2048
}

variable "task_memory" {
  description = "Memory per serving task, MiB."
  type        = number
  default     = 4096
}

variable "min_tasks" {
  description = "Fewest serving tasks."
  type        = number
  default     = 3

  validation {
    condition     = var.min_tasks >= 2
    error_message = "Run at least two tasks, so one zone or one rollout never takes every country down."
  }
}

variable "max_tasks" {
  description = "Most serving tasks."
  type        = number
  default     = 30
}

variable "run_service" {
  description = "Run the serving tasks. Set false for the very first apply (before the image is pushed and the master key set)."
  type        = bool
  default     = true
}

variable "cpu_target_percent" {
  description = "Average CPU autoscaling holds."
  type        = number
  default     = 60
}

variable "requests_per_task_per_minute" {
  description = "Requests per task and minute autoscaling holds."
  type        = number
  default     = 12000
}

variable "server_workers" {
  description = "actix worker threads per task (server.workers); 0: one per vCPU."
  type        = number
  default     = 0
}

variable "log_filter" {
  description = "tracing filter of the server (log.filter)."
  type        = string
  default     = "info"
}

variable "generate_master_key" {
  description = "Generate security.master_key in Terraform (it then sits in the state). Default: an operator puts it in once."
  type        = bool
  default     = false
}

variable "sms_gateway" {
  description = <<-EOT
    The SMS gateway for OTPs (otp.sms_provider = http). url: where the JSON body is posted; body_template: the body
    with {to}, {sender}, {text} (null: the server's default); authorization_secret_arn: a Secrets Manager secret you
    create holding the Authorization header value, and the KMS key it is encrypted with.
  EOT
  type = object({
    url                       = string
    body_template             = optional(string)
    authorization_secret_arn  = optional(string)
    authorization_kms_key_arn = optional(string)
  })

  validation {
    condition     = startswith(var.sms_gateway.url, "https://")
    error_message = "The SMS gateway URL must be https://."
  }
}

variable "certificates" {
  description = "certificates.* settings: PDF downloads as presigned redirects, pre-rendering, the PDF cache."
  type = object({
    redirect_downloads  = optional(bool, false)
    presign_seconds     = optional(number, 60)
    prerender_pdfs      = optional(bool, false)
    pdf_cache_megabytes = optional(number, 64)
  })
  default = {}
}

variable "extra_environment" {
  description = "Further settings as environment variables (COWIN_<SECTION>__<KEY>, or RUST_LOG); they override the ones set here."
  type        = map(string)
  default     = {}

  validation {
    condition     = alltrue([for name in keys(var.extra_environment) : startswith(name, "COWIN_") || name == "RUST_LOG"])
    error_message = "extra_environment takes only COWIN_* variables and RUST_LOG."
  }
}

variable "s3_static_credentials" {
  description = "Create the IAM user whose access key the server signs S3 requests with (needed while the server reads only objects.s3_access_key/s3_secret_key)."
  type        = bool
  default     = true
}

variable "enable_execute_command" {
  description = "Allow ECS Exec into running tasks."
  type        = bool
  default     = false
}

# ---------------------------------------------------------------------------------------------------------
# Host names and countries

variable "platform_hostname" {
  description = "The platform's own host name (NHA administration, trust list, /t/<code>/ paths), e.g. cowin.nha.gov.in."
  type        = string
}

variable "platform_route53_zone_id" {
  description = "Route 53 zone of platform_hostname (validation and alias records); null: publish them by hand."
  type        = string
  default     = null
}

variable "platform_api_allowed_cidrs" {
  description = "Address ranges allowed to reach /platform/api/ (NHA's networks); empty: anywhere."
  type        = list(string)
  default     = []
}

variable "tenants" {
  description = <<-EOT
    The countries served, by tenant code (ISO 3166-1 alpha-2):
      hostnames            - as in its tenant.toml and licence (1-10);
      route53_zone_id      - the zone holding them, if it is in this account (else: serve = false until the
                             ministry has published the validation records);
      serve                - attach the certificate and route the names;
      database_cluster     - the cluster its schema is placed on (null: the platform cluster); recorded here so
                             a typo fails the plan and onboarding reads it from the tenants output;
      mail_domain          - domain of its otp.sender address, for e-mail OTP countries (verified in SES);
      mail_route53_zone_id - the zone of that domain, if it is in this account.
  EOT
  type = map(object({
    hostnames            = list(string)
    route53_zone_id      = optional(string)
    serve                = optional(bool, true)
    database_cluster     = optional(string)
    mail_domain          = optional(string)
    mail_route53_zone_id = optional(string)
  }))
  default = {}

  validation {
    condition     = alltrue([for code in keys(var.tenants) : can(regex("^[A-Z]{2}$", code))])
    error_message = "Tenant codes are two capital letters (ISO 3166-1 alpha-2)."
  }

  validation {
    condition     = length(flatten([for tenant in values(var.tenants) : tenant.hostnames])) == length(distinct(flatten([for tenant in values(var.tenants) : tenant.hostnames])))
    error_message = "A host name belongs to one country only."
  }
}

# ---------------------------------------------------------------------------------------------------------
# Mail

variable "mail_domain" {
  description = "Domain the platform sends from (smtp.from), verified in SES with DKIM, e.g. mail.cowin.nha.gov.in."
  type        = string
}

variable "mail_route53_zone_id" {
  description = "Route 53 zone of mail_domain; null: publish the records from the mail_dns_records output by hand."
  type        = string
  default     = null
}

variable "mail_from_name" {
  description = "Display name of platform mail."
  type        = string
  default     = "CoWIN Global"
}

# ---------------------------------------------------------------------------------------------------------
# Edge, storage, operations

variable "ssl_policy" {
  description = "TLS policy of the HTTPS listener."
  type        = string
  default     = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"
}

variable "waf_requests_per_address_per_5_minutes" {
  description = "Requests one client address may make in 5 minutes before WAF blocks it."
  type        = number
  default     = 30000
}

variable "noncurrent_version_days" {
  description = "Days replaced or deleted certificate objects are kept."
  type        = number
  default     = 90
}

variable "alb_logs_legacy_account" {
  description = "Grant the regional ELB account on the log bucket (regions opened before August 2022; set false in newer regions)."
  type        = bool
  default     = true
}

variable "log_retention_days" {
  description = "Days CloudWatch logs (application, WAF, VPC flow, PostgreSQL, Redis) and access logs are kept."
  type        = number
  default     = 365
}

variable "deletion_protection" {
  description = "Deletion protection on the load balancer and the database instances."
  type        = bool
  default     = true
}

variable "alarm_emails" {
  description = "Addresses subscribed to the alarm topic."
  type        = list(string)
  default     = []
}

variable "alarm_thresholds" {
  description = "Alarm thresholds (see modules/observability)."
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
