variable "name" {
  description = "Prefix of every resource name, e.g. cowin-production."
  type        = string
}

variable "cidr" {
  description = "Address range of the VPC; a /16 (or larger) so the private tier has a /20 per zone."
  type        = string
  default     = "10.40.0.0/16"

  validation {
    condition     = can(cidrhost(var.cidr, 0)) && tonumber(split("/", var.cidr)[1]) <= 16
    error_message = "cidr must be an IPv4 range of /16 or larger."
  }
}

variable "availability_zones" {
  description = "Names of the availability zones to spread over (2 or 3), e.g. [\"ap-south-1a\", \"ap-south-1b\", \"ap-south-1c\"]. Append only: removing or reordering one moves subnets."
  type        = list(string)

  validation {
    condition     = length(var.availability_zones) >= 2 && length(var.availability_zones) <= 3 && length(distinct(var.availability_zones)) == length(var.availability_zones)
    error_message = "Name 2 or 3 distinct availability zones."
  }
}

variable "create_nat_gateways" {
  description = "NAT gateways for outbound internet from the private tier. False for a VPC that only holds a database (a cluster kept in another region)."
  type        = bool
  default     = true
}

variable "single_nat_gateway" {
  description = "One NAT gateway for all zones (cheaper; for staging). Production keeps one per zone."
  type        = bool
  default     = false
}

variable "flow_log_retention_days" {
  description = "Days VPC flow logs are kept."
  type        = number
  default     = 365
}

variable "logs_kms_key_arn" {
  description = "KMS key that encrypts the flow log group."
  type        = string
}

variable "tags" {
  description = "Tags for every resource."
  type        = map(string)
  default     = {}
}
