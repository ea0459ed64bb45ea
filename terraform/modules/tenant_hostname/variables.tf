variable "name" {
  description = "Prefix of resource names, e.g. cowin-production."
  type        = string
}

variable "code" {
  description = "The country's tenant code (ISO 3166-1 alpha-2), e.g. LK."
  type        = string

  validation {
    condition     = can(regex("^[A-Z]{2}$", var.code))
    error_message = "code must be two capital letters (ISO 3166-1 alpha-2)."
  }
}

variable "hostnames" {
  description = "The country's host names, as its tenant.toml and licence name them; the first is the certificate's subject (at most 10: ACM's default name limit)."
  type        = list(string)

  validation {
    condition     = length(var.hostnames) >= 1 && length(var.hostnames) <= 10
    error_message = "Give 1 to 10 host names."
  }

  validation {
    condition     = alltrue([for hostname in var.hostnames : can(regex("^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$", hostname))])
    error_message = "Host names must be lower-case DNS names such as vaccination.health.gov.lk."
  }
}

variable "route53_zone_id" {
  description = "Route 53 zone holding all of the host names, if it is managed in this account; null when the ministry runs its own DNS."
  type        = string
  default     = null
}

variable "serve" {
  description = "Attach the certificate and route the host names. Keep false until the validation records are published when the zone is not in Route 53 here."
  type        = bool
  default     = true
}

variable "create_alias_records" {
  description = "With a Route 53 zone, point the host names at the load balancer (alias A records)."
  type        = bool
  default     = true
}

variable "listener_arn" {
  description = "HTTPS listener of the load balancer."
  type        = string
}

variable "target_group_arn" {
  description = "Target group of the application."
  type        = string
}

variable "alb_dns_name" {
  description = "DNS name of the load balancer."
  type        = string
}

variable "alb_zone_id" {
  description = "Route 53 zone id of the load balancer."
  type        = string
}

variable "priority" {
  description = "Priority of the first listener rule; the next (for names beyond five) follows. Stable per country, so adding a country never renumbers another."
  type        = number

  validation {
    condition     = var.priority >= 100 && var.priority <= 49990
    error_message = "priority must be between 100 and 49990 (1-99 belong to the platform's rules)."
  }
}

variable "tags" {
  description = "Tags for every resource."
  type        = map(string)
  default     = {}
}
