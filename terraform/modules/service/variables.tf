variable "name" {
  description = "Prefix of every resource name, e.g. cowin-production (at most 28 characters: load balancer and target group names are limited to 32)."
  type        = string

  validation {
    condition     = length(var.name) <= 28
    error_message = "name must be at most 28 characters."
  }
}

variable "vpc_id" {
  description = "VPC of the service."
  type        = string
}

variable "public_subnet_ids" {
  description = "Subnets of the load balancer."
  type        = list(string)
}

variable "private_subnet_ids" {
  description = "Subnets of the tasks."
  type        = list(string)
}

variable "image_tag" {
  description = "Tag of the image in this deployment's ECR repository to run (immutable, e.g. the git commit)."
  type        = string
}

variable "migrate_image_tag" {
  description = "Tag the one-off tasks (migrate, admin) run; null: image_tag. A rollout sets it to the new tag first, runs migrate, then moves image_tag."
  type        = string
  default     = null
}

variable "cpu_architecture" {
  description = "X86_64 or ARM64; must match the platform the image was built for."
  type        = string
  default     = "X86_64"

  validation {
    condition     = contains(["X86_64", "ARM64"], var.cpu_architecture)
    error_message = "cpu_architecture must be X86_64 or ARM64."
  }
}

variable "container_port" {
  description = "Port the server listens on inside the task (server.port)."
  type        = number
  default     = 8080
}

variable "task_cpu" {
  description = "CPU units of a serving task (1024 = one vCPU)."
  type        = number
  default     = 2048
}

variable "task_memory" {
  description = "Memory of a serving task, MiB."
  type        = number
  default     = 4096
}

variable "migrate_task_cpu" {
  description = "CPU units of the one-off task (migrate and other commands)."
  type        = number
  default     = 1024
}

variable "migrate_task_memory" {
  description = "Memory of the one-off task, MiB."
  type        = number
  default     = 2048
}

variable "run_service" {
  description = "Run the serving tasks. False keeps everything else (for the first deployment: push the image, set the master key, migrate, then turn this on)."
  type        = bool
  default     = true
}

variable "min_tasks" {
  description = "Fewest serving tasks (spread over the zones)."
  type        = number
  default     = 3
}

variable "max_tasks" {
  description = "Most serving tasks. Mind the database: each task opens up to database.max_connections connections per cluster."
  type        = number
  default     = 30
}

variable "cpu_target_percent" {
  description = "Average CPU the service scales to hold."
  type        = number
  default     = 60
}

variable "requests_per_task_per_minute" {
  description = "Requests per task and minute the service scales to hold (measure with make bench on the chosen task size)."
  type        = number
  default     = 12000
}

variable "environment" {
  description = "Plain environment variables of the container (COWIN_<SECTION>__<KEY>)."
  type        = map(string)
}

variable "secrets" {
  description = "Environment variables filled from Secrets Manager at task start: name => secret ARN."
  type        = map(string)
}

variable "admin_stdin_secret_arn" {
  description = "Secret the admin one-off task writes to the command's standard input (the password for cowin nha add-user)."
  type        = string
}

variable "secret_kms_key_arns" {
  description = "KMS keys the secrets are encrypted with (the execution role decrypts them)."
  type        = list(string)
}

variable "objects_bucket_arn" {
  description = "Bucket of certificates and branding."
  type        = string
}

variable "objects_kms_key_arn" {
  description = "KMS key of the objects bucket."
  type        = string
}

variable "log_group_name" {
  description = "CloudWatch log group of the containers."
  type        = string
}

variable "log_group_arn" {
  description = "ARN of that log group."
  type        = string
}

variable "waf_log_group_arn" {
  description = "CloudWatch log group (named aws-waf-logs-...) for WAF logs."
  type        = string
}

variable "access_logs_bucket" {
  description = "Bucket for the load balancer's access logs (SSE-S3)."
  type        = string
}

variable "platform_hostname" {
  description = "Host name of the platform itself (NHA administration, trust list), e.g. cowin.nha.gov.in."
  type        = string
}

variable "platform_route53_zone_id" {
  description = "Route 53 zone of platform_hostname, for validation and alias records; null: publish them by hand."
  type        = string
  default     = null
}

variable "platform_api_allowed_cidrs" {
  description = "Address ranges allowed to reach /platform/api/ (NHA's networks); empty: anywhere (the API still needs an NHA sign-in)."
  type        = list(string)
  default     = []

  validation {
    condition     = length(var.platform_api_allowed_cidrs) <= 16
    error_message = "At most 16 ranges (four listener rules of four)."
  }
}

variable "ssl_policy" {
  description = "TLS policy of the HTTPS listener."
  type        = string
  default     = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"
}

variable "deletion_protection" {
  description = "Refuse deletion of the load balancer until this is turned off."
  type        = bool
  default     = true
}

variable "waf_requests_per_address_per_5_minutes" {
  description = "Requests one address may make in 5 minutes before WAF blocks it. Generous: mobile carriers put many citizens behind one address."
  type        = number
  default     = 30000
}

variable "waf_count_only_rules" {
  description = "Rules of AWSManagedRulesCommonRuleSet that only count: they misfire on zipped tenant folders, bulk uploads and QR photos."
  type        = list(string)
  default     = ["SizeRestrictions_BODY", "CrossSiteScripting_BODY", "GenericRFI_BODY"]
}

variable "database_cidr_blocks" {
  description = "Address ranges of the PostgreSQL clusters (the data subnets, and any peered cluster's VPC)."
  type        = list(string)
}

variable "redis_cidr_blocks" {
  description = "Address ranges of Redis (the data subnets)."
  type        = list(string)
}

variable "additional_egress_tcp_ports" {
  description = "Further outbound TCP ports to anywhere (e.g. an SMS gateway on a port other than 443)."
  type        = list(number)
  default     = []
}

variable "enable_execute_command" {
  description = "Allow ECS Exec (an operator's shell in a running task). Off: the server holds decrypted keys in memory."
  type        = bool
  default     = false
}

variable "image_retention_count" {
  description = "Images kept in the repository."
  type        = number
  default     = 100
}

variable "tags" {
  description = "Tags for every resource."
  type        = map(string)
  default     = {}
}
